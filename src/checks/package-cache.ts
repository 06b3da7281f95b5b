import type { Finding } from "../findings.ts";
import type { ImageFile } from "../image/model.ts";
import { layerLocation } from "./image-files.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

const CACHES: Array<{ rule: string; what: string; pattern: RegExp; fix: string }> = [
  {
    rule: "apt-lists",
    what: "apt package lists",
    pattern: /^\/var\/lib\/apt\/lists\/(?!lock$|partial(?:\/|$)|auxfiles(?:\/|$))[^/]+$/,
    fix: "rm -rf /var/lib/apt/lists/*",
  },
  { rule: "apt-archives", what: "downloaded .deb packages", pattern: /^\/var\/cache\/apt\/archives\/[^/]+\.deb$/, fix: "apt-get clean" },
  { rule: "apk-cache", what: "the apk cache", pattern: /^\/(?:var\/cache\/apk|etc\/apk\/cache)\/[^/]+$/, fix: "apk add --no-cache" },
  { rule: "pip-cache", what: "the pip cache", pattern: /^\/(?:root|home\/[^/]+)\/\.cache\/pip\//, fix: "pip install --no-cache-dir" },
  {
    rule: "npm-cache",
    what: "the npm cache",
    pattern: /^\/(?:root|home\/[^/]+)\/\.npm\/_cacache\//,
    fix: "npm cache clean --force, or RUN --mount=type=cache",
  },
  {
    rule: "yum-cache",
    what: "the yum/dnf cache",
    pattern: /^\/var\/cache\/(?:yum|dnf)\/.+\.(?:rpm|sqlite|solv|xml\.gz)$/,
    fix: "yum clean all / dnf clean all",
  },
];

export const packageCache: Check = defineCheck({
  id: "package-cache",
  title: "Package manager cache left in the image",
  severity: "low",
  rationale:
    "Package indexes and caches add size and stale metadata that scanners and attackers can read, and they show the image was not built with clean, reproducible steps.",
  remediation:
    "Clean up in the same RUN that installs (apt-get ... && rm -rf /var/lib/apt/lists/*, apk add --no-cache, pip --no-cache-dir), or use RUN --mount=type=cache.",
  references: ["Dockle DKL-DI-0004", "Dockle DKL-DI-0005", "hadolint DL3009", "Trivy DS-0017"],
  rules: {
    "apt-lists": "apt package lists left in the image",
    "apt-archives": "Downloaded .deb packages left in the image",
    "apk-cache": "apk cache left in the image",
    "pip-cache": "pip cache left in the image",
    "npm-cache": "npm cache left in the image",
    "yum-cache": "yum/dnf cache left in the image",
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings: Finding[] = [];
    for (const cache of CACHES) {
      const files = image.files.filter((file) => !file.deleted && file.type === "file" && cache.pattern.test(file.path));
      if (files.length === 0) continue;
      const bytes = files.reduce((sum, file) => sum + file.size, 0);
      const largest: ImageFile = files.reduce((a, b) => (b.size > a.size ? b : a));
      findings.push(
        makeFinding(packageCache, {
          rule: cache.rule,
          message: `The image keeps ${cache.what}: ${files.length} file${files.length === 1 ? "" : "s"}, ${(bytes / 1024 / 1024).toFixed(1)} MiB (clean with ${cache.fix}).`,
          location: layerLocation(largest),
          key: cache.rule,
        }),
      );
    }
    return findings;
  },
});
