// Sample rows for DataTable's and DataList's stories and tests: organisations as the admin app lists them.
import { DataTable, type DataTableColumn, type DataTableProps } from './DataTable.tsx';

export interface SampleOrganisation {
  id: string;
  name: string;
  municipality: string | null;
  members: number;
}

export const sampleOrganisations: SampleOrganisation[] = [
  { id: 'o1', name: 'Trondheim kommune', municipality: 'Trondheim', members: 12 },
  { id: 'o2', name: 'Ørland kommune', municipality: 'Ørland', members: 3 },
  { id: 'o3', name: 'Mental Helse Trøndelag', municipality: null, members: 40 },
  { id: 'o4', name: 'Åfjord kommune', municipality: 'Åfjord', members: 5 },
  { id: 'o5', name: 'Agdenes frivilligsentral', municipality: 'Orkland', members: 5 },
];

/** Name (the row header, a link) and place sort as text, members as numbers; the last column cannot sort. */
export const sampleColumns: Array<DataTableColumn<SampleOrganisation>> = [
  {
    id: 'name',
    header: 'Navn',
    rowHeader: true,
    cell: (org) => <a href={`/organisasjoner/${org.id}`}>{org.name}</a>,
    sortValue: (org) => org.name,
  },
  {
    id: 'municipality',
    header: 'Kommune',
    cell: (org) => org.municipality ?? 'Ikke oppgitt',
    sortValue: (org) => org.municipality,
  },
  {
    id: 'members',
    header: 'Medlemmer',
    cell: (org) => org.members,
    sortValue: (org) => org.members,
    className: 'kp-num',
  },
  { id: 'actions', header: 'Handlinger', cell: (org) => <button type="button">Fjern {org.name}</button> },
];

/** The same columns without sorting, as for a list the server pages through. */
export const unsortableColumns = sampleColumns.map(({ sortValue: _sortValue, ...column }) => column);

/**
 * A DataTable of the sample organisations, captioned "Organisasjoner", with the
 * unsortable columns unless a test gives others: each test names only what it varies.
 */
export function SampleTable(props: Partial<DataTableProps<SampleOrganisation>>) {
  return (
    <DataTable
      caption="Organisasjoner"
      columns={unsortableColumns}
      rows={sampleOrganisations}
      rowKey={(o) => o.id}
      {...props}
    />
  );
}

/** A query's progress in each state, as TanStack Query reports it. */
export const progress = {
  loading: { isPending: true, isError: false, error: null, refetch: () => undefined },
  failed: (refetch: () => unknown = () => undefined) => ({
    isPending: false,
    isError: true,
    error: new Error('Fikk ikke kontakt med tjenesten.'),
    refetch,
  }),
  loaded: { isPending: false, isError: false, error: null, refetch: () => undefined },
};
