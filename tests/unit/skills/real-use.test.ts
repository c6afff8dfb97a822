// Problems other engineers found using the engine on real postings.
import { describe, expect, it } from 'vitest';
import type { TaxonomyFile } from '../../../lib/skills/data-format.ts';
import taxonomy from '../../../lib/skills/data/taxonomy.json' with { type: 'json' };
import { getSkillEngine } from '../../../lib/skills/index.ts';

const engine = getSkillEngine();
const ids = (text: string) => engine.extract(text).map((m) => m.id);
const find = (text: string, id: string) => engine.extract(text).find((m) => m.id === id);
const texts = (text: string) => engine.extract(text).map((m) => m.text);
const basic = engine.resolve('BASIC')!.id;

describe('"Basic statistics" is not the BASIC language', () => {
  it.each([
    'Basic statistics',
    'Knowledge of Basic statistics and Excel',
    'Skills: Basic statistics, SQL',
    'basic statistics, excel',
    'Basic SQL and Excel',
  ])('%s', (text) => {
    expect(ids(text)).not.toContain(basic);
  });

  it('keeps statistics, and still reads BASIC where it is a language', () => {
    expect(ids('Basic statistics')).toEqual(['statistics']);
    expect(ids('Legacy code in BASIC, COBOL and Fortran')).toContain(basic);
  });

  it('keeps comma-less tag lines of skills', () => {
    expect(ids('typescript javascript node.js react go')).toContain('go');
    expect(ids('cloud amazon-web-services azure devops')).toContain('cloud-computing');
  });
});

describe('a cue stays in its own line or sentence', () => {
  it('a requirement line ending in "preferred" is not a heading', () => {
    const text = 'Requirements:\nA mechanical or electrical engineering background preferred\nPython, SQL and Excel';
    expect(find(text, 'electrical-engineering')?.requirement).toBe('preferred');
    for (const id of ['python', 'sql', 'excel']) {
      expect(find(text, id)?.requirement, id).toBe('required');
      expect(find(text, id)?.section, id).toBe('requirements');
    }
  });

  it.each([
    ['Engineering background preferred\nPython and SQL', 'mentioned'],
    ['Python preferred\nDocker and SQL', 'mentioned'],
    ['Engineering background preferred. SQL and Docker.', 'mentioned'],
    ['Good to have: Kubernetes. SQL is required.', 'required'],
  ])('%j: the next line or sentence is %s', (text, requirement) => {
    expect(find(text, 'sql')?.requirement).toBe(requirement);
  });

  it('real headings still open a section', () => {
    for (const head of ['Preferred Qualifications', 'Nice to have', 'NICE TO HAVE', 'Good to have:', 'Bonus points'])
      expect(find(`${head}\nDocker`, 'docker')?.requirement, head).toBe('preferred');
    expect(find('Roles and Responsibilities\nDocker', 'docker')?.section).toBe('responsibilities');
  });
});

describe('implies links across families', () => {
  it.each([
    ['tcp-ip', 'networking'],
    ['dns', 'networking'],
    ['dhcp', 'networking'],
    ['firewalls', 'networking'],
    ['firewalls', 'cybersecurity'],
    ['wireshark', 'networking'],
    ['cert-google-it-support', 'networking'],
    ['aws', 'cloud-computing'],
    ['aws-lambda', 'cloud-computing'],
    ['serverless', 'cloud-computing'],
    ['power-bi', 'data-analysis'],
    ['tableau', 'data-analysis'],
    ['advanced-excel', 'data-analysis'],
    ['react', 'front-end'],
    ['html', 'front-end'],
    ['css', 'front-end'],
    ['penetration-testing', 'cybersecurity'],
    ['phishing', 'cybersecurity'],
    ['excel', 'ms-office'],
    ['ms-word', 'ms-office'],
    ['powerpoint', 'ms-office'],
    ['ms-office', 'computer-literacy'],
  ])('%s implies %s', (id, implied) => {
    expect(engine.implied(id)).toContain(implied);
  });

  it('does not over-reach', () => {
    expect(engine.implied('html')).not.toContain('software-development');
    expect(engine.implied('javascript')).not.toContain('front-end');
    expect(engine.implied('sql')).not.toContain('data-analysis');
  });

  it('links generated O*NET network tools to networking', () => {
    const { skills } = taxonomy as TaxonomyFile;
    expect(skills.filter((s) => s.implies.includes('networking')).length).toBeGreaterThan(20);
  });
});

describe('Data Entry is its own skill', () => {
  it('resolves and extracts as data-entry, and implies typing', () => {
    expect(engine.resolve('Data Entry')?.id).toBe('data-entry');
    expect(engine.resolve('typing')?.id).toBe('typing');
    expect(ids('Data Entry, MS-Office, Advanced Excel, Tally, SEO')).toEqual(['data-entry', 'ms-office', 'advanced-excel', 'tally', 'seo']);
    expect(engine.implied('data-entry')).toContain('typing');
  });
});

describe('suggest ranks well-known skills first', () => {
  const labels = (p: string, n = 5) => engine.suggest(p, n).map((s) => s.id);

  it.each([
    ['typ', 'typescript'],
    ['java', 'java'],
    ['go', 'go'],
    ['js', 'javascript'],
    ['rea', 'react'],
    ['exc', 'excel'],
    ['ms', 'excel'],
    ['pyth', 'python'],
    ['tal', 'tally'],
  ])('%s → %s first', (p, id) => {
    expect(labels(p)[0]).toBe(id);
  });

  it('offers JavaScript second for "java", and one entry per skill', () => {
    expect(labels('java', 2)).toEqual(['java', 'javascript']);
    const all = engine.suggest('pyth', 10).map((s) => s.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('ships no junk labels', () => {
    const { skills } = taxonomy as TaxonomyFile;
    const junk = skills.filter(
      (s) =>
        /[:;]$|-based$|^[^\p{L}\p{N}.]|<|[\u200b-\u200d]/u.test(s.label) ||
        /\(\s|\s\)/.test(s.label) ||
        s.label.split('(').length !== s.label.split(')').length,
    );
    expect(junk.map((s) => s.label)).toEqual([]);
  });

  it('folds ESCO’s "X (computer programming)" into the curated X', () => {
    for (const id of ['python', 'java', 'ruby', 'swift'])
      expect(engine.resolve(`${engine.skill(id)!.label} (computer programming)`)?.id, id).toBe(id);
  });

  it('has no stray vendor or word aliases from O*NET acronyms', () => {
    expect(engine.resolve('Microsoft')?.id).not.toBe('aspnet');
    expect(engine.resolve('etc')).toBeUndefined();
    expect(engine.resolve('architect')).toBeUndefined();
  });
});

describe('role titles', () => {
  it('a skill in a job title with words between it and the role is the title, not an ask', () => {
    expect(ids('Java Backend Engineer with Integration Expertise')).not.toContain('java');
    expect(ids('Principal Cloud Solutions Architect')).not.toContain('cloud-computing');
    expect(ids('Java Developer')).toEqual([]);
  });

  it('still reads the skill where the posting asks for it', () => {
    expect(ids('Experience with Java and Spring Boot')).toEqual(['java', 'spring-boot']);
    expect(ids('Python and Java developers welcome')).toContain('python');
  });
});

describe('harvested SkillSpan names', () => {
  it('keeps product names seen once, drops one-off phrases and sentence seams', () => {
    const { skills } = taxonomy as TaxonomyFile;
    const labels = new Set(skills.map((s) => s.label));
    for (const junk of ['English We', 'German As', 'client requests', 'initial analysis', 'GraphQL/']) expect(labels.has(junk), junk).toBe(false);
    for (const name of ['Kibana', 'Logstash', 'IPv6']) expect(engine.resolve(name), name).toBeDefined();
  });
});

describe('a name and its spelling in brackets', () => {
  it('is one mention quoted whole', () => {
    const text = 'Experience with Amazon Web Services (AWS) and Infrastructure as Code ( IaC ) is a plus';
    const ms = engine.extract(text);
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['aws', 'Amazon Web Services (AWS)'],
      ['infrastructure-as-code', 'Infrastructure as Code ( IaC )'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps two skills in brackets apart', () => {
    expect(ids('Cloud (AWS) experience')).toEqual(['cloud-computing', 'aws']);
  });
});

describe('a role named before the skill', () => {
  it.each([
    ['As an SRE in Cloud Services you will own uptime', 'sre'],
    ['Role: QA', 'software-testing'],
    ['Reports to: Manager DevOps', 'devops'],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('a verb before the skill is not a role', () => {
    expect(ids('You will lead Scrum ceremonies and use SQL daily')).toEqual(['scrum', 'sql']);
  });
});

describe('Indian postings', () => {
  const posting = `We are hiring a Data Entry Operator for our Noida office.
Key Responsibilities:
- Maintain records in MS-Office and Tally ERP 9
- Prepare MIS reports using Advanced Excel (VLOOKUP, Pivot Tables)
Requirements:
- Good typing speed and basic computer knowledge
- Knowledge of GST
Good to have: SEO, Canva`;

  it('reads the asks and not the job title', () => {
    const ms = engine.extract(posting);
    expect(ms.map((m) => m.id)).toEqual(['ms-office', 'tally', 'advanced-excel', 'advanced-excel', 'advanced-excel', 'typing', 'computer-literacy', 'accounting', 'seo', 'canva']);
    expect(ms.find((m) => m.id === 'typing')?.requirement).toBe('required');
    expect(ms.find((m) => m.id === 'seo')?.requirement).toBe('preferred');
  });

  it('quotes an unclosed bracket list item by item', () => {
    expect(texts(posting)).toContain('Advanced Excel');
    expect(texts(posting)).toContain('VLOOKUP');
  });

  it.each(['Sales Executive', 'Accounts Assistant', 'Excel Operator'])('%s is a role', (title) => {
    expect(ids(`Hiring: ${title}`)).toEqual([]);
  });
});

describe('versions belong to the name', () => {
  it.each([
    ['Java 8 and Spring', 'Java 8'],
    ['Angular 2+ experience', 'Angular 2+'],
    ['Python 3.x scripting', 'Python 3.x'],
    ['Java EE v.7', 'Java EE v.7'],
    ['MS Excel 2016.', 'MS Excel 2016'],
  ])('%s → %s', (text, quoted) => {
    expect(texts(text)[0]).toBe(quoted);
  });

  it.each([
    ['Experience with the Spring framework', 'Spring framework'],
    ['Knowledge of REST principles', 'REST principles'],
    ['a MongoDB database', 'MongoDB database'],
  ])('%s: the head noun the name qualifies is part of the mention', (text, quoted) => {
    expect(texts(text)).toContain(quoted);
  });

  it('a language before a head noun stays the language: "JavaScript frameworks" are other things', () => {
    expect(texts('JavaScript frameworks such as React')).toEqual(['JavaScript', 'React']);
  });

  it('"Job description" after a tag line is a heading, not a role', () => {
    expect(ids('Technologies python kubernetes Job description We build')).toEqual(['python', 'kubernetes']);
  });

  it.each([
    ['Python 3+ years of experience', 'Python', 3],
    ['Python 2-4 years', 'Python', 2],
    ['Java 5 yrs', 'Java', 5],
  ])('%s is a count of years, not a version', (text, quoted, years) => {
    const m = engine.extract(text)[0]!;
    expect(m.text).toBe(quoted);
    expect(m.years).toBe(years);
  });
});

describe('idioms that share a product’s name', () => {
  it.each(['Build new apps from scratch.', 'Open source contributions welcome.', 'Canvas the market for leads.'])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('still reads them in a list of skills', () => {
    expect(ids('Languages: Python, Scratch, Java')).toContain('scratch-computer-programming');
  });
});

describe('R&D is research and development, not the R language', () => {
  it.each(['Experience in R&D of new products.', 'Budget for R & D.', 'Skills: R&D, Python, SQL', 'Research & Development'])('%s', (text) => {
    expect(ids(text)).not.toContain('r');
    expect(ids(text)).toContain('research-and-development');
  });

  it('still reads R where it is the language', () => {
    expect(ids('Skills: R, Python, SQL')).toContain('r');
    expect(ids('Statistical modelling in R and SAS')).toContain('r');
  });
});

describe('research and testing with users are their own skills, not UX Design', () => {
  it.each([
    ['Plan and run user research', 'user-research'],
    ['Experience with usability testing', 'usability-testing'],
    ['Moderated user testing sessions', 'usability-testing'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('UX still names UX Design', () => {
    expect(ids('Strong UX and UI skills')).toContain('ux-design');
  });
});

describe('skills real postings asked for that the taxonomy missed', () => {
  it.each([
    ['Experience with HL7 interfaces', 'hl7'],
    ['Ticketing tools such as Zendesk', 'zendesk'],
    ['Knowledge of IFRS and Ind AS', 'ifrs'],
    ['Survey design and analysis', 'survey-design'],
    ['Two years of direct patient care', 'patient-care'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('Epic the record system needs its field nearby', () => {
  it.each(['Experience with Epic EHR', 'Epic Systems certification preferred', 'Build clinical workflows in Epic for our hospital', 'Epic, HL7 and patient care'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain('epic-systems');
    },
  );

  it.each(['An epic opportunity to grow.', 'Epic journey with Python and SQL.', 'Experience with Epic', 'Join us on an Epic adventure building React apps'])(
    '%s',
    (text) => {
      expect(ids(text)).not.toContain('epic-systems');
    },
  );
});

describe('what a posting teaches is not asked of the reader', () => {
  const posting =
    'Graduate trainee programme for data engineering.\n\nRequirements\n- Python and SQL\n- Any engineering graduate\n\nYou will learn ETL, Spark and AWS in our 12-week bootcamp.';

  it('a programme named after a field does not require it', () => {
    expect(find(posting, 'data-engineering')?.requirement).toBe('not-required');
  });

  it('what you will learn is not required; the requirements still are', () => {
    for (const id of ['etl', 'spark', 'aws']) expect(find(posting, id)?.requirement, id).toBe('not-required');
    for (const id of ['python', 'sql']) expect(find(posting, id)?.requirement, id).toBe('required');
  });

  it('"program" the verb is not a programme', () => {
    expect(find('Ability to program in Java is required', 'java')?.requirement).toBe('required');
    expect(find('Must have completed a course in Python', 'python')?.requirement).toBe('required');
  });
});

describe('human languages are quoted alone', () => {
  it.each(['Fluent written and spoken English', 'Very good English both written and spoken', 'You speak and write English fluently'])('%s', (text) => {
    expect(engine.extract(text).filter((m) => m.id === 'english').map((m) => m.text)).toEqual(['English']);
  });

  it('a tag or plan that qualifies the language still names it', () => {
    for (const name of ['Spoken English', 'Written and spoken English', 'Business English', 'English Proficiency (Spoken)'])
      expect(engine.resolve(name)?.id, name).toBe('english');
    expect(engine.resolve('Basic SQL')).toBeUndefined();
  });
});

describe('names from SkillSpan train that the taxonomy lacked', () => {
  it.each([
    ['Kafka Streams Flink Storm', 'kafka-streams'],
    ['experience in threat hunting and malware analysis', 'threat-hunting'],
    ['embedded Linux (Yocto)', 'embedded-linux'],
    ['message brokers such as RabbitMQ', 'message-brokers'],
    ['Real-time operating systems', 'rtos'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('a product named by an everyday word once its vendor is dropped', () => {
  it.each([
    ['Planning the weekly Instagram calendar', 'google-calendar'],
    ['Strong publisher relations', 'microsoft-publisher'],
    ['Prepare slides and notes for the classroom', 'google-slides'],
    ['Prepare slides and notes for the classroom', 'ibm-notes'],
    ['Prepare slides and notes for the classroom', 'google-classroom'],
    ['Understand the dynamics of the market', 'microsoft-dynamics'],
    ['Invite the keynote speaker', 'apple-keynote'],
    ['Manage our partner sites', 'google-sites'],
  ])('"%s" is not %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still reads the product under its full name or in a list of tools', () => {
    expect(ids('Tools: Google Calendar, Google Slides and Microsoft Dynamics')).toEqual(expect.arrayContaining(['google-calendar', 'google-slides', 'microsoft-dynamics']));
    expect(ids('Skills: Excel, PowerPoint, Keynote')).toContain('apple-keynote');
    // distinctive names keep matching in lower case
    expect(ids('hadoop, hive, sqoop and solr')).toEqual(expect.arrayContaining(['apache-hive', 'apache-sqoop', 'apache-solr']));
  });
});

describe('what a posting teaches does not override what it asks', () => {
  const req = (text: string, id: string) => find(text, id)?.requirement;
  it.each([
    ['Requirements: 5+ years leading a programme in Agile delivery using Jira and AWS.', 'jira'],
    ['Experience managing a programme for cloud migration to AWS and Azure is mandatory.', 'azure'],
    ['Strong Python required, training will be provided on Kafka.', 'python'],
    ['Our graduate program in data engineering requires Python and SQL.', 'sql'],
    ['Proficient in MS Excel, the academy for sales teams is in Pune.', 'excel'],
  ])('%s', (text, id) => {
    expect(req(text, id)).not.toBe('not-required');
  });
  it('still reads a promise to teach as not asked', () => {
    expect(req('You will learn Apache Spark in our bootcamp.', 'spark')).toBe('not-required');
  });
});

describe('everyday words the train overlay brought in', () => {
  it.each([
    ['Ability to sit for long periods. Please do not sit idle.', 'system-integration-testing'],
    ['Validate core data sets on our core data platform', 'core-data'],
    ['Join us on an Epic journey with Python. We offer health insurance and patient-friendly leave.', 'epic-systems'],
  ])('"%s" is not %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it('still reads them where they are meant', () => {
    expect(ids('Experience in SIT and UAT, Selenium')).toContain('system-integration-testing');
    expect(ids('iOS developer: Swift, Core Data, UIKit')).toContain('core-data');
    expect(ids('Epic, Cerner and Meditech in clinical settings')).toContain('epic-systems');
  });
});

describe('everyday words in Indian postings are not the skills they spell', () => {
  it.each(['Basic knowledge of WordPress', 'Adobe Photoshop, Canva, basic video editing in Premiere Pro.', 'Basic understanding of Git and SQL'])(
    '%s: "basic" is not BASIC',
    (text) => {
      expect(ids(text)).not.toContain(basic);
    },
  );

  it.each(['UI/UX Designer', 'Graphic Designer - Mumbai', 'We need a Graphic Designer with Photoshop'])('%s: a designer is not Oracle Designer', (text) => {
    expect(ids(text)).not.toContain('oracle-designer');
  });

  it('the Play Store is not Google, and React Testing Library is one tool', () => {
    expect(ids('Published at least one app on the Google Play Store')).toEqual(['google-play-store']);
    expect(ids('Writing tests with Jest and React Testing Library.')).toEqual(['jest', 'react-testing-library']);
  });

  it.each(['Go through the requirements and React to customer feedback.', 'Work in R&D with C-suite leaders.', 'Report to the C-level team.'])(
    '%s: verbs and compounds are not Go, React or C',
    (text) => {
      for (const id of ['go', 'react', 'c']) expect(ids(text), id).not.toContain(id);
    },
  );

  it.each(['You will get mentorship from senior engineers.', 'Mentorship from senior analysts and a learning budget.', 'Perks: structured mentorship programme'])(
    '%s: mentorship the job gives is a perk, not the skill of mentoring',
    (text) => {
      expect(ids(text)).not.toContain('mentoring');
    },
  );

  it.each(['Strong communication skills required', 'Requirements:\n- Communication skills\n- MS Excel', 'Excel, communication skills.', 'Good communication skills'])(
    '%j: "communication skills" is the skill wherever it stands (nearly every Indian posting asks for it)',
    (text) => {
      expect(ids(text)).toContain('communication');
    },
  );

  it('"communication" alone still needs a cue: internal communication is no skill asked', () => {
    expect(ids('Handle internal communication for the team.')).not.toContain('communication');
  });

  it('still reads mentoring asked of the reader', () => {
    expect(ids('Experience mentoring junior developers is a plus.')).toContain('mentoring');
    expect(ids('Provide mentorship to junior engineers.')).toContain('mentoring');
  });

  it('still reads BASIC, React and C where they are meant', () => {
    expect(ids('Legacy code in BASIC, COBOL and Fortran')).toContain(basic);
    expect(ids('Experience with Angular and React to build dashboards')).toContain('react');
    expect(ids('Experience in C is required.')).toContain('c');
  });
});

describe('a capitalised name asked for by name', () => {
  it.each([
    ['Maintain the candidate tracker in Excel.', 'excel'],
    ['Must know Excel and Word.', 'excel'],
    ['Strong command over Excel.', 'excel'],
    ['Good communication in Hindi.', 'hindi'],
    ['Hindi writing skills are a bonus.', 'hindi'],
    ['- Scala is a nice to have', 'scala'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('reads "Scala is a nice to have" as preferred', () => {
    expect(find('Requirements:\n- Scala is a nice to have', 'scala')?.requirement).toBe('preferred');
  });

  it.each([
    ['You will excel in a fast-paced team.', 'excel'],
    ['Go through the list in order.', 'go'],
  ])('%s is not %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('skills of Indian postings outside software', () => {
  it.each([
    ['End-to-end recruitment for IT roles', 'recruitment'],
    ['Experience in talent acquisition for tech roles', 'talent-acquisition'],
    ['Source candidates from Naukri, LinkedIn and job portals.', 'job-portals'],
    ['Fluency in Kannada is a must.', 'kannada'],
    ['Good communication in Marathi and Hindi.', 'marathi'],
    ['Malayalam speaking candidates preferred.', 'malayalam'],
    ['Qualification: GNM / B.Sc Nursing', 'nursing'],
    ['Minimum 1 year in ICU.', 'icu-care'],
    ['BLS and ACLS certification required', 'bls'],
    ['BLS and ACLS certification required', 'acls'],
    ['B.Sc + B.Ed with Mathematics; CTET qualified.', 'b-ed'],
    ['B.Sc + B.Ed with Mathematics; CTET qualified.', 'ctet'],
    ['Prepare lesson plans and assessments.', 'lesson-planning'],
    ['Good classroom management skills.', 'classroom-management'],
    ['Knowledge of GD&T and tolerance stack-up analysis', 'gd-and-t'],
    ['Exposure to FEA using ANSYS', 'finite-element-analysis'],
    ['Exposure to FEA using ANSYS', 'ansys'],
    ['- Good to have: CATIA, Creo', 'ptc-creo-parametric'],
    ['Design sheet metal components for machines.', 'sheet-metal-design'],
    ['Structural design in ETABS and STAAD Pro.', 'etabs'],
    ['Scheduling in Primavera P6 and MS Project.', 'oracle-primavera-systems'],
    ['Prepare BBS (bar bending schedule) for slabs.', 'bar-bending-schedule'],
    ['Maintain quantity estimation records.', 'quantity-estimation'],
    ['Bank reconciliation, ledger scrutiny and vendor payments', 'bank-reconciliation'],
    ['Assist in statutory audit and income tax filing', 'income-tax'],
    ['Tally ERP, Busy, GST filing, TDS', 'busy-accounting'],
    ['ISTQB certification preferred.', 'istqb'],
    ['Write test cases and test plans from user stories', 'test-case-design'],
    ['Strong Core Java (Java 8+), OOPs, collections and multithreading.', 'oop'],
    ['Good knowledge of object-oriented programming', 'oop'],
    ['Experience with Jetpack Compose, MVVM, Retrofit and Room', 'mvvm'],
    ['Swift, SwiftUI and UIKit', 'uikit'],
    ['Python, Django, FastAPI, Celery, PostgreSQL', 'celery'],
    ['Pipelines with Databricks, PySpark and Delta Lake', 'delta-lake'],
    ['Running Meta Ads and Google Ads campaigns', 'meta-ads'],
    ['Running Facebook Ads campaigns', 'meta-ads'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['We are busy building the future.', 'busy-accounting'],
    ['Celery sticks and hummus in the pantry.', 'celery'],
    ['We are actively recruiting for roles.', 'recruitment'],
    ['Creo Ventures led our seed round.', 'ptc-creo-parametric'],
  ])('%s is not %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('product names quoted whole, counts not read as versions', () => {
  it.each([
    ['Knowledge of MS Office, typing speed 35 wpm', 'typing speed'],
    ['Typing speed 35 WPM, Excel', 'Typing speed'],
    ['Knowledge of Zoho Books is good to have', 'Zoho Books'],
    ['knowledge of STAAD Pro and MS Project is an added advantage', 'STAAD Pro'],
  ])('%s quotes %s', (text, quoted) => {
    expect(texts(text)).toContain(quoted);
  });
});
