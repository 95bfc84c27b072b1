export * from './types.js';
export * from './errors.js';
export { WorkingCalendar } from './working-calendar.js';
export { explainDeadline, extendDeadline, type DeadlineRequest, type ExtensionRequest } from './deadline.js';
export { describeDeadline, formatDate, type Lang } from './describe.js';
