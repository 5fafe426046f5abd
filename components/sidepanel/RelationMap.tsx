// The relation map: a small SVG drawn from lib/sidepanel/relation-map.ts. Each related name is a
// link to #entity=ID (Tab reaches it, Enter or a click shows that name in the panel); its
// accessible name is what it shows (how it relates, then the name) and its tooltip the whole
// relation in a sentence. The names only mentioned together are drawn apart, dashed, under a
// caption. Colours come from the panel's stylesheet, so both themes read.
import type { RelationMapLayout } from '../../lib/sidepanel/relation-map.ts';

export interface RelationMapProps {
  layout: RelationMapLayout;
  label: string;
  caption: string;
  moreText?: string;
}

export function RelationMap({ layout, label, caption, moreText }: RelationMapProps) {
  if (!layout.nodes.length) return null;
  return (
    <figure class="relation-map">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={label} data-testid="relation-map">
        {layout.edges.map((edge) => (
          <path key={`e-${edge.to}`} class={`edge ${edge.kind}`} d={edge.path} />
        ))}
        {layout.caption && (
          <text class="caption" x={layout.caption.x} y={layout.caption.y} text-anchor="end">
            {caption}
          </text>
        )}
        {layout.nodes.map((node) => {
          const box = (
            <>
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
              {node.kind === 'self' ? (
                <text class="name" x={node.x + node.width / 2} y={node.y + node.height / 2 + 5} text-anchor="middle">{node.name}</text>
              ) : (
                // One text, so what it shows reads as one phrase ("makes NVIDIA H100"), as its name does.
                <text x={node.x + 8} y={node.y + 15}>
                  <tspan class="label">{node.label}</tspan>{' '}
                  <tspan class="name" x={node.x + 8} y={node.y + 32}>{node.name}</tspan>
                </text>
              )}
            </>
          );
          if (node.kind === 'self') return <g key={node.id} class="node self">{box}</g>;
          return (
            <a key={node.id} class={`node ${node.kind}`} href={`#entity=${encodeURIComponent(node.id)}`} aria-label={`${node.fullLabel} ${node.fullName}`} data-entity={node.id}>
              <title>{node.description}</title>
              {box}
            </a>
          );
        })}
      </svg>
      {moreText && <figcaption class="hint">{moreText}</figcaption>}
    </figure>
  );
}

