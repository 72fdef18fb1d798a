import type { CircleShape, PathShape, TextShape } from '@/lib/map/static/shapes';
import { textLines } from '@/lib/map/static/svg';

/**
 * The static map's shapes as React SVG elements, for the server (the basemap) and the client
 * (the atlas's layers) alike. Presentation attributes only: the page's CSP governs style.
 */
export function PathElement({ shape }: { shape: PathShape }) {
  return (
    <path
      d={shape.d}
      fill={shape.fill ?? 'none'}
      fillRule={shape.fillRule}
      stroke={shape.stroke}
      strokeWidth={shape.strokeWidth}
      strokeDasharray={shape.dash}
      strokeLinejoin={shape.lineJoin}
      strokeLinecap={shape.lineCap}
      opacity={shape.opacity}
      shapeRendering={shape.crisp ? 'crispEdges' : undefined}
    />
  );
}

export function CircleElement({ shape }: { shape: CircleShape }) {
  return (
    <circle
      cx={shape.cx}
      cy={shape.cy}
      r={shape.r}
      fill={shape.fill}
      stroke={shape.stroke}
      strokeWidth={shape.strokeWidth}
      opacity={shape.opacity === 1 ? undefined : shape.opacity}
    />
  );
}

export function TextElement({ shape, lang }: { shape: TextShape; lang?: string }) {
  return (
    <>
      {textLines(shape).map((line) => (
        <text
          key={`${line.x},${line.y}`}
          x={line.x}
          y={line.y}
          textAnchor={shape.anchor}
          fontSize={shape.size}
          fill={shape.fill}
          stroke={shape.halo}
          strokeWidth={shape.haloWidth * 2}
          strokeLinejoin="round"
          paintOrder="stroke"
          letterSpacing={shape.letterSpacing}
          lang={lang}
        >
          {line.text}
        </text>
      ))}
    </>
  );
}
