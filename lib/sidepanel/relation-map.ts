// The relation map's layout: the name on the left, one node per related name on the right, each
// node saying in words how it relates ("makes", "trains on") above the other name; the curated
// relations first, then, apart under their own caption and with dashed lines, the names only
// mentioned together with it in the reader's articles. A fixed 320-unit-wide drawing that the
// SVG scales to the panel's width; long names are cut with "…" (the full text is the node's
// accessible name).

export interface MapNeighbour {
  id: string;
  name: string;
  /** How it relates, in words, as short as fits a node ("makes", "in 3 of your articles"). */
  label: string;
  /** The whole relation in sentences, for screen readers and the tooltip. */
  description: string;
}

export interface RelationMapInput {
  self: { id: string; name: string };
  curated: readonly MapNeighbour[];
  inferred: readonly MapNeighbour[];
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapNode extends MapBox {
  id: string;
  kind: 'self' | 'curated' | 'inferred';
  /** As drawn (cut to fit). */
  name: string;
  label: string;
  /** As given: the node's accessible name is these two. */
  fullName: string;
  fullLabel: string;
  description: string;
}

export interface MapEdge {
  to: string;
  kind: 'curated' | 'inferred';
  /** An SVG path from the name's node to the other's. */
  path: string;
}

export interface RelationMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Where the caption of the "mentioned together" group ends (right-aligned) and its baseline, when there is one. */
  caption?: { x: number; y: number };
  /** Neighbours left out to keep the map small (the list in words below it has them all). */
  left: { curated: number; inferred: number };
}

/** Sized for a side panel about 320 px wide, where it is drawn at about its own scale. */
export const MAP = {
  width: 320,
  pad: 6,
  selfWidth: 100,
  nodeWidth: 156,
  nodeHeight: 40,
  row: 48,
  caption: 26,
  maxCurated: 12,
  maxInferred: 8,
  /** Characters that fit a node's line at its font size (a conservative average width). */
  nameChars: 19,
  labelChars: 24,
  selfChars: 12,
} as const;

/** `text` cut to `max` characters (whole code points), with "…" when cut. */
export function fitText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function layoutRelationMap(input: RelationMapInput): RelationMapLayout {
  const curated = input.curated.slice(0, MAP.maxCurated);
  const inferred = input.inferred.slice(0, MAP.maxInferred);
  const left = { curated: input.curated.length - curated.length, inferred: input.inferred.length - inferred.length };
  if (!curated.length && !inferred.length) return { width: MAP.width, height: 0, nodes: [], edges: [], left };

  const x = MAP.width - MAP.pad - MAP.nodeWidth;
  const placed: MapNode[] = [];
  let y = MAP.pad;
  const place = (neighbours: readonly MapNeighbour[], kind: 'curated' | 'inferred') => {
    for (const n of neighbours) {
      placed.push({
        id: n.id,
        kind,
        name: fitText(n.name, MAP.nameChars),
        label: fitText(n.label, MAP.labelChars),
        fullName: n.name,
        fullLabel: n.label,
        description: n.description,
        x,
        y,
        width: MAP.nodeWidth,
        height: MAP.nodeHeight,
      });
      y += MAP.row;
    }
  };
  place(curated, 'curated');
  let caption: RelationMapLayout['caption'];
  if (inferred.length) {
    // Room for the group's caption, under the curated ones or at the top.
    y += MAP.caption;
    caption = { x: MAP.width - MAP.pad, y: y - 10 };
    place(inferred, 'inferred');
  }
  const top = placed[0]!.y;
  const bottom = placed[placed.length - 1]!.y + MAP.nodeHeight;
  const self: MapNode = {
    id: input.self.id,
    kind: 'self',
    name: fitText(input.self.name, MAP.selfChars),
    label: '',
    fullName: input.self.name,
    fullLabel: '',
    description: input.self.name,
    x: MAP.pad,
    y: Math.round((top + bottom) / 2 - MAP.nodeHeight / 2),
    width: MAP.selfWidth,
    height: MAP.nodeHeight,
  };
  const fromX = self.x + self.width;
  const fromY = self.y + self.height / 2;
  const bend = (fromX + x) / 2;
  const edges: MapEdge[] = placed.map((n) => {
    const toY = n.y + n.height / 2;
    return { to: n.id, kind: n.kind as 'curated' | 'inferred', path: `M${fromX} ${fromY} C${bend} ${fromY} ${bend} ${toY} ${x} ${toY}` };
  });
  return { width: MAP.width, height: bottom + MAP.pad, nodes: [self, ...placed], edges, caption, left };
}
