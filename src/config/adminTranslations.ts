import { loginFailureTranslations } from './loginMessages'

// Payload's own translations cover most of the admin. These are the words our own screens and
// answers add, in both admin languages, read with `t('custom:<key>')`.

const editorial = {
  en: {
    published: 'Published.',
    versionsIntro:
      'Every saved version, newest first (the last 50 are kept). Open one to compare it with another and to restore it.',
    versionSavedAt: 'Saved at',
    versionSavedBy: 'Saved by',
    versionSystem: 'System',
    versionSystemHint: 'No one was signed in: a scheduled publish, the takedown workflow or an import script.',
    versionOnSite: 'on the site',
    versionLatest: 'latest',
    versionScheduled: 'Scheduled to {{action}} at',
    versionScheduledPublish: 'publish',
    versionScheduledUnpublish: 'unpublish',
  },
  zh: {
    published: '已发布。',
    versionsIntro: '所有已保存的版本，最新的在前（保留最近 50 个）。打开一个版本可与其他版本比较，并可恢复它。',
    versionSavedAt: '保存时间',
    versionSavedBy: '保存人',
    versionSystem: '系统',
    versionSystemHint: '保存时无人登录：定时发布、下架流程或导入脚本。',
    versionOnSite: '当前在网站上',
    versionLatest: '最新',
    versionScheduled: '已排期{{action}}，时间：',
    versionScheduledPublish: '发布',
    versionScheduledUnpublish: '取消发布',
  },
}

export type EditorialTranslationKey = `custom:${keyof typeof editorial.en}`

// The request screen's links under each address, and a content snapshot's page.
const caseFile = {
  en: {
    addressOnSite: 'On the site ↗',
    addressInAdmin: 'In the admin',
    addressSnapshot: 'Snapshot when hidden',
    addressNoSnapshot: 'No snapshot: this notice has not hidden it.',
    snapshotIntro:
      'The item as it stood when the notice first hid it, every field in every language. Later edits to the item do not change this copy.',
    snapshotOpenNow: 'Open the page as it is now',
    snapshotEmpty: 'The snapshot is empty: the item was already deleted.',
  },
  zh: {
    addressOnSite: '网站上的页面 ↗',
    addressInAdmin: '在管理后台打开',
    addressSnapshot: '隐藏时的快照',
    addressNoSnapshot: '尚无快照：此通知未隐藏该内容。',
    snapshotIntro: '以下是通知首次隐藏该内容时的完整副本（所有语言）。此后编辑人员对内容的修改不会改变它。',
    snapshotOpenNow: '打开现在的页面',
    snapshotEmpty: '快照为空：内容在隐藏时已被删除。',
  },
}

export type CaseFileTranslationKey = `custom:${keyof typeof caseFile.en}`

/** Config `i18n.translations`: Payload's words overridden, ours added. */
export const adminTranslations = {
  en: { ...loginFailureTranslations.en, custom: { ...editorial.en, ...caseFile.en } },
  zh: { ...loginFailureTranslations.zh, custom: { ...editorial.zh, ...caseFile.zh } },
}
