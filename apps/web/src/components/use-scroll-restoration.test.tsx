import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, useNavigate, type NavigateFunction } from 'react-router';
import { useScrollRestoration } from './use-scroll-restoration.ts';

let navigate: NavigateFunction;
function Probe() {
  useScrollRestoration();
  navigate = useNavigate();
  return null;
}

function setScrollY(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
}

describe('scroll after a navigation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts a new page at the top, leaves filters alone, and returns to the place on back', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/praksis']}>
        <Probe />
      </MemoryRouter>,
    );
    expect(scrollTo).not.toHaveBeenCalled();

    setScrollY(640);
    await act(async () => navigate('/praksis?q=tur'));
    expect(scrollTo).not.toHaveBeenCalled();

    setScrollY(900);
    await act(async () => navigate('/praksis/et-eksempel'));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    setScrollY(0);
    await act(async () => navigate(-1));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 900);
  });
});
