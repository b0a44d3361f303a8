import { forbidden, isUuid, notFound, type Identity } from '@mentor/common';
import type { Context } from '../context.js';
import type { Mentor, Provider } from '../entities/index.js';
import {
  administersMentors,
  canAdministerMentors,
  canRankMentorsOf,
  canRecordScreening,
  canRegisterProvider,
  canSeeMentor,
  canSubmitExperienceReport,
  hasRoleFor,
} from './scope.js';
import { matrix } from './matrix.js';

/**
 * The checks commands and resolvers call. Each throws FORBIDDEN for a caller the matrix does not
 * allow, or NOT_FOUND where a record the caller may not see must look like a missing one.
 */

const administeredByProviderOrMunicipality = 'Mentors are administered by their provider or the municipality';
const recordedByProvider = "Screenings are recorded by the mentor's provider";

export function requireProviderRegistrar(identity: Identity): void {
  if (!canRegisterProvider(identity)) throw forbidden('Providers are registered by the municipality');
}

/** Before any lookup: the caller administers some mentors. */
export function requireMentorAdministrator(identity: Identity): void {
  if (!administersMentors(identity)) throw forbidden(administeredByProviderOrMunicipality);
}

/** A new mentor is registered with a provider the caller administers. */
export function requireAdministersProvider(identity: Identity, providerId: string): void {
  if (!canAdministerMentors(identity, providerId)) throw forbidden('A coordinator registers mentors for their own provider');
}

/** The mentor, when the caller administers it; a mentor they may not see looks missing. */
export function requireAdministeredMentor(identity: Identity, mentor: Mentor | null): Mentor {
  if (!mentor || !canSeeMentor(identity, mentor)) throw notFound('Mentor');
  if (!canAdministerMentors(identity, mentor.providerId)) throw forbidden(administeredByProviderOrMunicipality);
  return mentor;
}

/** Before any lookup: the caller coordinates a provider. */
export function requireScreeningRecorder(identity: Identity): void {
  if (!hasRoleFor(matrix.mutations.recordScreening, identity)) throw forbidden(recordedByProvider);
}

export function requireScreeningRecorderOf(identity: Identity, mentor: Mentor): void {
  if (!canRecordScreening(identity, mentor.providerId)) throw forbidden(recordedByProvider);
}

export function requireExperienceReportAuthor(identity: Identity, providerId: string): void {
  if (!canSubmitExperienceReport(identity, providerId)) throw forbidden("Only the provider's coordinator submits its experience report");
}

/** A mentor the caller may see, or null exactly as for a missing one. */
export async function visibleMentor(context: Context, id: string): Promise<Mentor | null> {
  if (!isUuid(id)) return null;
  const mentor = await context.loaders.mentorById.load(id);
  return mentor && canSeeMentor(context.identity, mentor) ? mentor : null;
}

export async function requireVisibleMentor(context: Context, id: string): Promise<Mentor> {
  const mentor = await visibleMentor(context, id);
  if (!mentor) throw notFound('Mentor');
  return mentor;
}

/** The provider whose mentors the caller may have ranked; another provider's looks exactly like a missing one. */
export async function requireRankableProvider(context: Context, providerId: string): Promise<Provider> {
  const provider = await context.loaders.providerById.load(providerId);
  if (!provider || !canRankMentorsOf(context.identity, provider.id)) throw notFound('Provider');
  return provider;
}
