import type { DateFieldValidation } from 'payload'

/** An end date before the start date is always a typing mistake. */
export const endDateNotBeforeStart: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startDate?: string | Date | null })?.startDate
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime() ? true : 'The end date is before the start date.'
}
