import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { DataList, type DataListProps } from './DataList.tsx';
import { progress, sampleOrganisations, type SampleOrganisation } from './fixtures.tsx';

/** DataList with the sample organisations, one heading and line each. */
function OrganisationList(props: Partial<DataListProps<SampleOrganisation>>) {
  return (
    <DataList
      label="Organisasjoner, nyeste først"
      items={sampleOrganisations}
      itemKey={(org) => org.id}
      renderItem={(org) => (
        <>
          <Heading level={2} data-size="2xs">
            {org.name}
          </Heading>
          <Paragraph data-size="sm">{org.municipality ?? 'Ingen kommune oppgitt'}</Paragraph>
        </>
      )}
      empty="Ingen organisasjoner ennå."
      {...props}
    />
  );
}

const meta = {
  title: 'Lists/DataList',
  component: OrganisationList,
} satisfies Meta<typeof OrganisationList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ordered: Story = {
  args: { status: '5 organisasjoner' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Organisasjoner, nyeste først' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    await expect(within(list).getByRole('heading', { level: 2, name: 'Ørland kommune' })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent('5 organisasjoner');
  },
};

export const Loading: Story = {
  args: { items: undefined, query: progress.loading },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Laster inn …');
  },
};

export const Empty: Story = {
  args: { items: [], query: progress.loaded },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Ingen organisasjoner ennå.')).toBeInTheDocument();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};
