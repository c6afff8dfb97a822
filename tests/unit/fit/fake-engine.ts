import type { Requirement, Section, Skill, SkillCategory, SkillEngine, SkillMatch } from '@/lib/skills/types';

// A small stand-in for the real skill engine: enough taxonomy for the three sample plans, headings for
// sections, and "N+ years" for years. Unit tests use it so they do not move when the taxonomy grows.

const S = (id: string, label: string, category: SkillCategory, aliases: string[] = [], implies: string[] = []): Skill => ({ id, label, aliases, category, implies });

export const FAKE_SKILLS: Skill[] = [
  S('python', 'Python', 'language'),
  S('sql', 'SQL', 'database', ['mysql', 'postgresql']),
  S('excel', 'Excel', 'office-analytics', ['ms excel', 'microsoft excel', 'advanced excel']),
  S('statistics', 'Statistics', 'data-ml', ['statistical analysis']),
  S('pandas', 'pandas', 'data-ml', [], ['python']),
  S('numpy', 'NumPy', 'data-ml', [], ['python']),
  S('machine-learning', 'Machine learning', 'data-ml', ['ml']),
  S('scikit-learn', 'scikit-learn', 'data-ml', ['sklearn'], ['python', 'machine-learning']),
  S('power-bi', 'Power BI', 'office-analytics', ['powerbi']),
  S('tableau', 'Tableau', 'office-analytics'),
  S('communication', 'Communication', 'soft', ['communication skills']),
  S('javascript', 'JavaScript', 'language', ['js']),
  S('typescript', 'TypeScript', 'language', ['ts'], ['javascript']),
  S('react', 'React', 'framework', ['reactjs', 'react.js'], ['javascript']),
  S('vue', 'Vue', 'framework', ['vue.js', 'vuejs'], ['javascript']),
  S('nextjs', 'Next.js', 'framework', ['next.js'], ['react', 'javascript']),
  S('html', 'HTML', 'language', ['html5']),
  S('css', 'CSS', 'language', ['css3']),
  S('git', 'Git', 'tool', ['github']),
  S('jest', 'Jest', 'testing', [], ['javascript']),
  S('accessibility', 'Accessibility', 'design', ['a11y', 'wcag']),
  S('java', 'Java', 'language'),
  S('spring-boot', 'Spring Boot', 'framework', [], ['java']),
  S('active-directory', 'Active Directory', 'it-networking'),
  S('windows-server', 'Windows Server', 'it-networking'),
  S('networking', 'Networking', 'it-networking', ['tcp/ip', 'computer networks']),
  S('linux', 'Linux', 'it-networking'),
  S('it-support', 'IT Support', 'it-networking', ['troubleshooting', 'help desk', 'helpdesk']),
  S('itil', 'ITIL', 'methodology'),
  S('siem', 'SIEM', 'security'),
  S('splunk', 'Splunk', 'security', [], ['siem']),
  S('incident-response', 'Incident response', 'security'),
  S('firewalls', 'Firewalls', 'security', ['firewall']),
  S('cert-comptia-security-plus', 'CompTIA Security+', 'certification', ['security+', 'security plus']),
  S('salesforce', 'Salesforce', 'tool'),
  S('negotiation', 'Negotiation', 'soft'),
];

const byId = new Map(FAKE_SKILLS.map((s) => [s.id, s]));
const names: [string, Skill][] = FAKE_SKILLS.flatMap((s) => [s.id, s.label, ...s.aliases].map((n) => [n.toLowerCase(), s] as [string, Skill]));
names.sort((a, b) => b[0].length - a[0].length);

const HEADINGS: [RegExp, Section][] = [
  [/^(requirements|qualifications|must have|who you are|skills required|what we need)/i, 'requirements'],
  [/^(nice to have|good to have|preferred|bonus|plus)/i, 'nice-to-have'],
  [/^(responsibilities|what you('| wi)ll do|the role|key responsibilities)/i, 'responsibilities'],
  [/^(benefits|perks|what we offer)/i, 'benefits'],
  [/^(about us|about the company|who we are)/i, 'about-company'],
];
const REQ: Record<Section, Requirement> = {
  requirements: 'required', 'nice-to-have': 'preferred', responsibilities: 'mentioned', benefits: 'mentioned', 'about-company': 'mentioned', other: 'mentioned',
};

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function fakeEngine(skills: Skill[] = FAKE_SKILLS): SkillEngine {
  const ids = new Set(skills.map((s) => s.id));
  const pats = names.filter(([, s]) => ids.has(s.id)).map(([n, s]) => [new RegExp(`(?<![\\w+#.])${esc(n)}(?![\\w+#])`, 'gi'), s] as const);
  const implied = (id: string): string[] => {
    const out = new Set<string>();
    const walk = (x: string): void => {
      for (const y of byId.get(x)?.implies ?? []) if (!out.has(y) && y !== id) { out.add(y); walk(y); }
    };
    walk(id);
    return [...out].sort();
  };
  return {
    size: skills.length,
    skill: (id) => (ids.has(id) ? byId.get(id) : undefined),
    resolve: (name) => {
      const n = name.trim().toLowerCase();
      const hit = names.find(([k, s]) => k === n && ids.has(s.id));
      return hit?.[1];
    },
    suggest: (prefix, limit = 10) => skills.filter((s) => s.label.toLowerCase().startsWith(prefix.toLowerCase())).slice(0, limit),
    implied,
    extract(text: string): SkillMatch[] {
      const out: SkillMatch[] = [];
      const taken: [number, number][] = [];
      // Sections by heading lines.
      const sections: [number, Section][] = [[0, 'other']];
      let pos = 0;
      for (const line of text.split('\n')) {
        const h = HEADINGS.find(([re]) => re.test(line.trim()));
        if (h && line.trim().length < 60) sections.push([pos, h[1]]);
        pos += line.length + 1;
      }
      const sectionAt = (i: number): Section => {
        let s: Section = 'other';
        for (const [p, sec] of sections) if (p <= i) s = sec;
        return s;
      };
      for (const [re, s] of pats) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          const section = sectionAt(start);
          const before = text.slice(Math.max(0, start - 40), start);
          const yrs = /(\d+)\+?\s*(?:years?|yrs?)\s*(?:of\s+)?(?:experience\s+(?:in|with)\s+)?$/i.exec(before);
          const preferred = /(nice to have|preferred|good to have|is a plus|bonus)/i.test(text.slice(Math.max(0, start - 40), end + 20));
          out.push({
            id: s.id, label: s.label, start, end, text: m[0], section,
            requirement: preferred ? 'preferred' : REQ[section],
            years: yrs ? Number(yrs[1]) : null,
          });
        }
      }
      return out.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    },
  };
}
