import { notFound } from '@mentor/common';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { Mentor } from '../entities/index.js';

/** What the commands share: reading back what they stored, and normalising text input. */

export async function found<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, id: string, what: string): Promise<T> {
  const row = await manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id }).getOne();
  if (!row) throw notFound(what);
  return row;
}

export function trimmedList(values: readonly string[]): string[] {
  return values.map((value) => value.trim());
}

/** Empty contact fields are stored as absent. */
export function contact(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** The mentor, locked for this transaction: changes to it and records about it queue behind each other. */
export function lockedMentor(manager: EntityManager, mentorId: string): Promise<Mentor | null> {
  return manager.getRepository(Mentor).findOne({ where: { id: mentorId }, lock: { mode: 'pessimistic_write' } });
}
