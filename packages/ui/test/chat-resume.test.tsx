/**
 * `<Chat resume>` against `createChatHandler` with resumable streams: after a reload mid-reply the
 * chat picks the reply up again (`GET {api}/{id}/stream`), as `useChat({ resume: true })` does.
 */
import { createChatHandler } from '@attune/core/server';
import { Chat } from '@attune/ui';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { leftMidReply, transportTo } from '../../../test/contract/support/handler-transport';
import { SLOW_REPLY, scriptedModel } from '../../../test/contract/support/scripted-model';

afterEach(cleanup);

describe('<Chat resume>', { timeout: 30_000 }, () => {
  it('picks up a reply still streaming on the server when it mounts again', async () => {
    const { handle, user } = await leftMidReply('busy');
    const requests: string[] = [];
    render(<Chat id="busy" messages={[user]} transport={transportTo(handle, requests)} resume />);
    const log = screen.getByRole('log', { name: 'Conversation' });
    await waitFor(() => expect(log.textContent).toContain(SLOW_REPLY.join('').trim()), { timeout: 5_000 });
    expect(requests).toEqual(['GET /api/chat/busy/stream']);
  });

  it('asks nothing without resume', async () => {
    const requests: string[] = [];
    render(
      <Chat id="idle" transport={transportTo(createChatHandler({ model: scriptedModel() }), requests)} />,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual([]);
  });
});
