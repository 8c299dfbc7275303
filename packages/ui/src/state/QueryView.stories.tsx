import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from './PageHeading.tsx';
import { QueryStatesProvider, type QueryLike } from './query-states.tsx';
import { QueryView, type QueryViewProps } from './QueryView.tsx';

interface Network {
  name: string;
  members: string[];
}

const loaded: QueryLike<Network> = {
  data: { name: 'Recovery-nettverk Midt-Norge', members: ['Trondheim kommune', 'Mental Helse Trøndelag'] },
  error: null,
  isPending: false,
  isError: false,
  refetch: () => undefined,
};

class NotFoundError extends Error {}

/** A network page: its name as the h1 and its members. */
function NetworkView(props: Partial<QueryViewProps<Network>>) {
  return (
    <QueryStatesProvider views={{ isNotFound: (error) => error instanceof NotFoundError }}>
      <QueryView query={loaded} {...props}>
        {(network) => (
          <>
            <PageHeading>{network.name}</PageHeading>
            <Paragraph>{network.members.join(', ')}</Paragraph>
          </>
        )}
      </QueryView>
    </QueryStatesProvider>
  );
}

const meta = {
  title: 'Page states/QueryView',
  component: NetworkView,
} satisfies Meta<typeof NetworkView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Recovery-nettverk Midt-Norge' })).toBeInTheDocument();
  },
};

export const Loading: Story = {
  args: { query: { ...loaded, data: undefined, isPending: true } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Laster inn …');
  },
};

export const Failed: Story = {
  args: { query: { ...loaded, data: undefined, isError: true, error: new Error('Fikk ikke kontakt.'), refetch: fn() } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Fikk ikke kontakt.');
    await userEvent.click(canvas.getByRole('button', { name: 'Prøv igjen' }));
    await expect(args.query?.refetch).toHaveBeenCalledTimes(1);
  },
};

export const NotFound: Story = {
  args: { query: { ...loaded, data: undefined, isError: true, error: new NotFoundError() } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
  },
};

/** A page whose data holds nothing: the page says so instead of showing an empty frame. */
export const Empty: Story = {
  args: {
    query: { ...loaded, data: { name: 'Knutepunkt for Recovery', members: [] } },
    isEmpty: (network) => network.members.length === 0,
    empty: 'Nettverket har ingen medlemmer ennå.',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Nettverket har ingen medlemmer ennå.')).toBeInTheDocument();
  },
};

/** A part of a page that failed: the app's section error, at the heading level that fits the outline. */
export const FailedSection: Story = {
  args: {
    scope: 'section',
    headingLevel: 3,
    query: { ...loaded, data: undefined, isError: true, error: new NotFoundError('Fant ikke nettverket.') },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Not found in a section is an error of that section, not a 404 page.
    await expect(canvas.getByRole('heading', { level: 3, name: 'Noe gikk galt' })).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { level: 1 })).toBeNull();
  },
};
