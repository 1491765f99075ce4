// One answer for every failed sign-in (issue 19). Payload says "incorrect" for an unknown email
// and "locked" for a known account after five wrong passwords, so the difference told anyone
// which addresses have accounts. Both now read the same, in both admin languages; the lockout
// itself still holds (an admin unlocks, or it lifts after lockTime).

const en =
  'The email or password is incorrect, or the account is locked after too many tries. Try again later or ask an admin.'
const zh = '电子邮箱或密码不正确，或该账户因尝试次数过多已被锁定。请稍后再试，或联系管理员。'

/** Overrides for Payload's translations (config `i18n.translations`). */
export const loginFailureTranslations = {
  en: { error: { emailOrPasswordIncorrect: en, userLocked: en } },
  zh: { error: { emailOrPasswordIncorrect: zh, userLocked: zh } },
}
