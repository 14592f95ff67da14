'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, type RefObject, useEffect } from 'react';

/**
 * The rows of a long thread, virtualized: only the rows near the viewport are in the DOM, each
 * measured as it renders. `MessageList` loads this module on demand, once a thread grows long.
 */
export function VirtualRows({
  ids,
  scroller,
  onTotalSize,
  renderRow,
}: {
  ids: readonly string[];
  scroller: RefObject<HTMLDivElement | null>;
  onTotalSize: (size: number) => void;
  renderRow: (id: string) => ReactNode;
}) {
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => ids[index] ?? index,
    initialOffset: () => Number.MAX_SAFE_INTEGER,
  });
  const total = virtualizer.getTotalSize();
  useEffect(() => onTotalSize(total), [onTotalSize, total]);
  return (
    <div className="attune-virtual" style={{ blockSize: total, position: 'relative' }}>
      {virtualizer.getVirtualItems().map((row) => {
        const id = ids[row.index] as string;
        return (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="attune-virtual-row"
            style={{
              position: 'absolute',
              insetInlineStart: 0,
              inlineSize: '100%',
              transform: `translateY(${row.start}px)`,
            }}
          >
            {renderRow(id)}
          </div>
        );
      })}
    </div>
  );
}
