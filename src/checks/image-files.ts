import type { ImageFile, ImageModel } from "../image/model.ts";
import type { LayerLocation } from "../findings.ts";

/** The version of a path the final filesystem shows, if any. */
export function visibleFile(image: ImageModel, path: string): ImageFile | undefined {
  for (let index = image.files.length - 1; index >= 0; index--) {
    const file = image.files[index]!;
    if (file.path === path && !file.deleted) return file;
  }
  return undefined;
}

export function layerLocation(file: ImageFile): LayerLocation {
  return { layer: file.layerDigest, path: file.path, deleted: file.deleted };
}

/** `4755` style. */
export function octalMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, "0");
}
