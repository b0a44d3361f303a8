export { Certification } from './Certification.js';
export { ExperienceReport } from './ExperienceReport.js';
export { Mentor } from './Mentor.js';
export { Provider } from './Provider.js';
export { Screening } from './Screening.js';
export { Supervision } from './Supervision.js';
export { Training } from './Training.js';
export * from './columns.js';
