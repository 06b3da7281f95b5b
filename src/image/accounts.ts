/** The image's own account databases: /etc/passwd, /etc/group, /etc/shadow. */

export interface PasswdEntry {
  name: string;
  password: string;
  uid: number;
  gid: number;
  line: number;
}

export interface GroupEntry {
  name: string;
  gid: number;
  /** Supplementary members (the fourth field). */
  members: string[];
  line: number;
}

export interface ShadowEntry {
  name: string;
  hash: string;
  line: number;
}

function rows(text: string): Array<{ fields: string[]; line: number }> {
  return text
    .split("\n")
    .map((raw, index) => ({ raw: raw.replace(/\r$/, ""), line: index + 1 }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#") && !raw.startsWith("+") && !raw.startsWith("-"))
    .map(({ raw, line }) => ({ fields: raw.split(":"), line }));
}

export function parsePasswd(text: string): PasswdEntry[] {
  return rows(text)
    .filter(({ fields }) => fields.length >= 4 && /^\d+$/.test(fields[2]!) && /^\d+$/.test(fields[3]!))
    .map(({ fields, line }) => ({ name: fields[0]!, password: fields[1]!, uid: Number(fields[2]), gid: Number(fields[3]), line }));
}

export function parseGroup(text: string): GroupEntry[] {
  return rows(text)
    .filter(({ fields }) => fields.length >= 3 && /^\d+$/.test(fields[2]!))
    .map(({ fields, line }) => ({
      name: fields[0]!,
      gid: Number(fields[2]),
      members: (fields[3] ?? "")
        .split(",")
        .map((member) => member.trim())
        .filter((member) => member !== ""),
      line,
    }));
}

export function parseShadow(text: string): ShadowEntry[] {
  return rows(text)
    .filter(({ fields }) => fields.length >= 2)
    .map(({ fields, line }) => ({ name: fields[0]!, hash: fields[1]!, line }));
}
