export * from './types.js';
export * from './errors.js';
export { WorkingCalendar } from './working-calendar.js';
export { explainDeadline, extendDeadline, reexplainDeadline, type DeadlineRequest, type ExtensionRequest } from './deadline.js';
export { describeDeadline, formatDate, formatDateWithWeekday, kindLabel, weekdayName, type DescribeOptions, type Lang } from './describe.js';
export { addPause, clarificationPause, pauseNoticeDeadlines, type ClarificationClock, type NoticeDeadlines } from './clarification.js';
