import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const organisationKinds = ['MUNICIPAL_UNIT', 'KUI', 'SOCIAL_SERVICES', 'INSTITUTION', 'PRISON_AND_PROBATION', 'PSYCHIATRY'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** A cooperating body: a municipal unit, KUI, social services, an institution, prison and probation, psychiatry. */
@Entity('organisation')
@Check('CHK_organisation_cvr', `"cvr" ~ '^[0-9]{8}$'`)
@Check('CHK_organisation_municipality_code', `"municipality_code" ~ '^[0-9]{3}$'`)
export class Organisation {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: organisationKinds, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column('text')
  name: string;

  @Column('varchar', { length: 8 })
  cvr: string;

  @Column('varchar', { name: 'municipality_code', length: 3 })
  municipalityCode: string;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** Københavns Ungeindsats: its youth guides are KUI staff, who assign guides to youths. */
export const KUI: OrganisationKind = 'KUI';

export function isKuiOrganisation(organisation: { kind: string } | null | undefined): boolean {
  return organisation?.kind === KUI;
}
