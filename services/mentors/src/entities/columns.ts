import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns `numeric` as text to keep precision; hours fit a JavaScript number exactly enough. */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export const mentorKinds = ['SOCIAL', 'PROFESSIONAL', 'DISCHARGE_COORDINATOR', 'RELEASE_COORDINATOR', 'STUDY_START_COORDINATOR', 'COMPANY', 'VOLUNTEER'] as const;
export type MentorKind = (typeof mentorKinds)[number];

export const mentorStatuses = ['ACTIVE', 'INACTIVE'] as const;
export type MentorStatus = (typeof mentorStatuses)[number];

export const screeningKinds = ['CHILD_PROTECTION', 'CRIMINAL_RECORD'] as const;
export type ScreeningKind = (typeof screeningKinds)[number];

export const screeningResults = ['CLEAR', 'NOT_CLEAR'] as const;
export type ScreeningResult = (typeof screeningResults)[number];
