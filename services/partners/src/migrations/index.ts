import { PartnersSchema1763900000000 } from './1763900000000-PartnersSchema.js';

/** Every migration, oldest first; new ones are appended here explicitly. */
export const migrations = [PartnersSchema1763900000000];
