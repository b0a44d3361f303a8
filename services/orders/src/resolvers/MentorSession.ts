import type { MentorSession as MentorSessionRow } from '../entities/index.js';

export const MentorSession = {
  mentor: (session: MentorSessionRow) => ({ __typename: 'Mentor', id: session.mentorId }),
};
