import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DataTable, type DataTableProps } from './DataTable.tsx';
import {
  progress,
  sampleColumns,
  sampleOrganisations,
  unsortableColumns,
  type SampleOrganisation,
} from './fixtures.tsx';

/** DataTable with the sample organisations; each story changes what it needs. */
function OrganisationTable(props: Partial<DataTableProps<SampleOrganisation>>) {
  return (
    <DataTable
      caption="Organisasjoner"
      columns={sampleColumns}
      rows={sampleOrganisations}
      rowKey={(org) => org.id}
      empty="Ingen organisasjoner passer søket."
      {...props}
    />
  );
}

const meta = {
  title: 'Lists/DataTable',
  component: OrganisationTable,
} satisfies Meta<typeof OrganisationTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every row loaded: the columns that allow it sort on their header buttons. */
export const Sortable: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Organisasjoner' })).toHaveAttribute('tabindex', '0');
    await expect(canvas.getByRole('table', { name: 'Organisasjoner' })).toBeInTheDocument();
    const button = canvas.getByRole('button', { name: 'Navn' });
    await expect(button).toHaveAccessibleDescription('Sorter stigende');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(canvas.getAllByRole('rowheader')[0]).toHaveTextContent('Agdenes frivilligsentral');
    await expect(canvas.getByRole('status')).toHaveTextContent('Sortert etter Navn, stigende');
  },
};

/** A page of a server's results: no sorting, a result count and previous / next links. */
export const PagedWithStatus: Story = {
  args: {
    columns: unsortableColumns,
    status: '23 treff',
    pagination: (
      <nav aria-label="Sider" className="kp-pager">
        <span>Side 1 av 2</span> <a href="?side=2">Neste side</a>
      </nav>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('23 treff');
    await expect(canvas.queryAllByRole('button', { name: 'Navn' })).toHaveLength(0);
    await expect(canvas.getByRole('navigation', { name: 'Sider' })).toBeInTheDocument();
  },
};

export const Loading: Story = {
  args: { rows: undefined, query: progress.loading, status: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('status')[1]).toHaveTextContent('Laster inn …');
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

export const Failed: Story = {
  args: { rows: undefined, query: progress.failed(fn()), errorHeadingLevel: 2 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(within(alert).getByRole('heading', { level: 2, name: 'Noe gikk galt' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await expect(args.query?.refetch).toHaveBeenCalledTimes(1);
  },
};

export const Empty: Story = {
  args: { rows: [], query: progress.loaded },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Ingen organisasjoner passer søket.')).toBeInTheDocument();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** A small table inside other content, with its caption shown. */
export const VisibleCaption: Story = {
  args: { caption: 'Medlemsorganisasjoner i nettverket', showCaption: true, columns: unsortableColumns, zebra: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Medlemsorganisasjoner i nettverket')).not.toHaveClass('ds-sr-only');
    await expect(canvas.getByRole('region', { name: 'Medlemsorganisasjoner i nettverket' })).toBeInTheDocument();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Medlemmer' });
    await expect(button).toHaveAccessibleDescription('Sorter stigande');
    await userEvent.click(button);
    await userEvent.click(button);
    await expect(canvas.getByRole('status')).toHaveTextContent('Sortert etter Medlemmer, søkkande');
  },
};
