/**
 * Progress of long work, drawn for people and kept out of logs: on a terminal one line, redrawn
 * (layers read, megabytes, throughput; registry pulls; a scan being waited for); in CI logs
 * (CI=true or no TTY) nothing but one line per change of a scan's state.
 */

import type { ProgressEvent } from "./poll.ts";

/** How far the image's layers have been read. */
export interface ImageProgressEvent {
  /** `pulling from HOST` for registries, `reading` for archives and the daemon. */
  activity: string;
  layersDone: number;
  /** Unknown for a `docker save` stream, whose layer count comes last. */
  layersTotal?: number;
  /** Blob bytes read so far (compressed, as stored). */
  bytes: number;
}

export interface ProgressPrinter {
  scan: (event: ProgressEvent) => void;
  image: (event: ImageProgressEvent) => void;
  /** Clears the live line, if one is drawn. */
  finish: () => void;
}

/** True when the environment says it is CI (CI=true, as GitHub Actions, CodeBuild and most CI systems set it). */
function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

/** Redraws at most this often, so a fast local archive does not flood the terminal. */
const REDRAW_MS = 100;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** A printer for `stream` (stderr): live on an interactive terminal outside CI, quiet otherwise. */
export function createProgressPrinter(
  stream: { isTTY?: boolean; write(text: string): unknown },
  env: NodeJS.ProcessEnv,
  now: () => number = Date.now,
): ProgressPrinter {
  const live = stream.isTTY === true && !isCi(env);
  let drawn = false;
  let lastDraw = 0;
  let started: number | undefined;
  const draw = (text: string, force: boolean) => {
    const time = now();
    if (!force && time - lastDraw < REDRAW_MS) return;
    lastDraw = time;
    stream.write(`\r\u001b[2K${text}`);
    drawn = true;
  };
  return {
    scan: (event) => {
      const seconds = Math.round(event.elapsedMs / 1000);
      if (live) draw(`${event.what}: ${event.state}… ${seconds} s`, true);
      else if (event.changed) stream.write(`image-gate: ${event.what}: ${event.state} (${seconds} s)\n`);
    },
    image: (event) => {
      if (!live) return;
      started ??= now();
      const seconds = (now() - started) / 1000;
      const rate = seconds >= 0.5 ? ` · ${megabytes(event.bytes / seconds)}/s` : "";
      const layers = event.layersTotal !== undefined ? `${event.layersDone}/${event.layersTotal} layers` : `${event.layersDone} layers`;
      draw(`image-gate: ${event.activity}: ${layers} · ${megabytes(event.bytes)}${rate}`, event.layersDone === event.layersTotal);
    },
    finish: () => {
      if (drawn) stream.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
