import type { CareerPlan } from "@/lib/model";

// Plans for heldout-style.test.ts, unlike the three samples. Kept here rather than beside the postings:
// every file under tests/fixtures/fit/<dir>/ is read as a Posting (scripts/bench/fit.ts).
export const HELDOUT_PLANS: Record<string, CareerPlan> = {
  "bcom-finance-mumbai": {
    "version": 1,
    "vision": "Qualify as a chartered accountant while working in finance in Mumbai; in 5 years a financial analyst at a good firm, in 10 a finance manager.",
    "targetRoles": [
      {
        "title": "Finance Intern",
        "seniority": "intern",
        "horizon": "now"
      },
      {
        "title": "Financial Analyst",
        "seniority": "entry",
        "horizon": "1y"
      },
      {
        "title": "Chartered Accountant",
        "seniority": "mid",
        "horizon": "3y"
      },
      {
        "title": "Finance Manager",
        "seniority": "manager",
        "horizon": "10y"
      }
    ],
    "skills": [
      {
        "name": "tally",
        "level": 3,
        "years": 1
      },
      {
        "name": "excel",
        "level": 4,
        "years": 2
      },
      {
        "name": "accounting",
        "level": 3,
        "years": 2
      },
      {
        "name": "gst",
        "level": 2,
        "years": 0.5
      },
      {
        "name": "communication",
        "level": 3,
        "years": 2
      }
    ],
    "learning": [
      "financial-modeling",
      "power-bi",
      "IFRS"
    ],
    "experienceYears": 0,
    "preferences": {
      "locations": [
        "Mumbai"
      ],
      "workplace": [
        "onsite",
        "hybrid"
      ],
      "employmentTypes": [
        "internship",
        "full-time"
      ],
      "minPay": {
        "amount": 12000,
        "currency": "INR",
        "period": "month"
      }
    },
    "values": {
      "growth": 4,
      "learning": 5,
      "mentorship": 4,
      "compensation": 3,
      "flexibility": 1,
      "stability": 4
    },
    "dealbreakers": {
      "companies": [],
      "keywords": [
        "registration fee",
        "target based"
      ]
    }
  },
  "designer-to-ux-research": {
    "version": 1,
    "vision": "Move from visual design into UX research: understanding people before we design for them. A research lead in 10 years.",
    "targetRoles": [
      {
        "title": "UX Researcher",
        "seniority": "junior",
        "horizon": "now"
      },
      {
        "title": "Senior UX Researcher",
        "seniority": "senior",
        "horizon": "3y"
      },
      {
        "title": "Head of Research",
        "seniority": "manager",
        "horizon": "10y"
      }
    ],
    "skills": [
      {
        "name": "figma",
        "level": 4,
        "years": 3
      },
      {
        "name": "adobe-photoshop",
        "level": 5,
        "years": 4
      },
      {
        "name": "adobe-illustrator",
        "level": 4,
        "years": 4
      },
      {
        "name": "ui-design",
        "level": 4,
        "years": 3
      },
      {
        "name": "communication",
        "level": 4,
        "years": 4
      }
    ],
    "learning": [
      "User research",
      "Usability testing",
      "Survey design",
      "statistics"
    ],
    "experienceYears": 3,
    "preferences": {
      "locations": [
        "Bengaluru",
        "Remote"
      ],
      "workplace": [
        "remote",
        "hybrid"
      ],
      "employmentTypes": [
        "full-time"
      ],
      "minPay": {
        "amount": 8,
        "currency": "INR",
        "period": "year"
      }
    },
    "values": {
      "growth": 5,
      "learning": 5,
      "mentorship": 4,
      "compensation": 2,
      "flexibility": 4,
      "stability": 2
    },
    "dealbreakers": {
      "companies": [],
      "keywords": []
    }
  },
  "java-to-em": {
    "version": 1,
    "vision": "From senior backend engineer to engineering manager of a product team in 2 years; a director of engineering in 10.",
    "targetRoles": [
      {
        "title": "Tech Lead",
        "seniority": "lead",
        "horizon": "now"
      },
      {
        "title": "Engineering Manager",
        "seniority": "manager",
        "horizon": "1y"
      },
      {
        "title": "Director of Engineering",
        "seniority": "manager",
        "horizon": "10y"
      }
    ],
    "skills": [
      {
        "name": "java",
        "level": 5,
        "years": 9
      },
      {
        "name": "spring-boot",
        "level": 5,
        "years": 7
      },
      {
        "name": "microservices",
        "level": 4,
        "years": 5
      },
      {
        "name": "kafka",
        "level": 4,
        "years": 4
      },
      {
        "name": "aws",
        "level": 3,
        "years": 3
      },
      {
        "name": "sql",
        "level": 4,
        "years": 8
      },
      {
        "name": "leadership",
        "level": 3,
        "years": 2
      },
      {
        "name": "agile",
        "level": 4,
        "years": 6
      }
    ],
    "learning": [
      "People management",
      "stakeholder-management",
      "Hiring"
    ],
    "experienceYears": 9,
    "preferences": {
      "locations": [
        "Bengaluru",
        "Remote"
      ],
      "workplace": [
        "hybrid",
        "remote"
      ],
      "employmentTypes": [
        "full-time"
      ],
      "minPay": {
        "amount": 40,
        "currency": "INR",
        "period": "year"
      }
    },
    "values": {
      "growth": 5,
      "learning": 3,
      "mentorship": 2,
      "compensation": 4,
      "flexibility": 4,
      "stability": 3
    },
    "dealbreakers": {
      "companies": [
        "Infosys"
      ],
      "keywords": [
        "bond"
      ]
    }
  },
  "mech-data-eng": {
    "version": 1,
    "vision": "Move from the shop floor into data: in 3 years a data engineer building pipelines for manufacturing analytics; in 10, a data architect.",
    "targetRoles": [
      {
        "title": "Associate Data Engineer",
        "seniority": "entry",
        "horizon": "now"
      },
      {
        "title": "Data Engineer",
        "seniority": "junior",
        "horizon": "1y"
      },
      {
        "title": "Senior Data Engineer",
        "seniority": "senior",
        "horizon": "5y"
      },
      {
        "title": "Data Architect",
        "seniority": "lead",
        "horizon": "10y"
      }
    ],
    "skills": [
      {
        "name": "python",
        "level": 3,
        "years": 1
      },
      {
        "name": "sql",
        "level": 3,
        "years": 1
      },
      {
        "name": "excel",
        "level": 4,
        "years": 3
      },
      {
        "name": "autocad",
        "level": 4,
        "years": 2
      },
      {
        "name": "solidworks",
        "level": 3,
        "years": 2
      },
      {
        "name": "matlab",
        "level": 3,
        "years": 2
      }
    ],
    "learning": [
      "Apache Spark",
      "airflow",
      "aws",
      "etl"
    ],
    "experienceYears": 1.5,
    "preferences": {
      "locations": [
        "Bengaluru",
        "Hyderabad",
        "Pune"
      ],
      "workplace": [
        "hybrid",
        "onsite",
        "remote"
      ],
      "employmentTypes": [
        "full-time"
      ],
      "minPay": {
        "amount": 4.5,
        "currency": "INR",
        "period": "year"
      }
    },
    "values": {
      "growth": 5,
      "learning": 5,
      "mentorship": 3,
      "compensation": 3,
      "flexibility": 2,
      "stability": 3
    },
    "dealbreakers": {
      "companies": [
        "FastTrack Placements"
      ],
      "keywords": [
        "registration fee"
      ]
    }
  },
  "nurse-to-health-it": {
    "version": 1,
    "vision": "After six years on hospital wards, move into healthcare IT: make hospital software work for nurses and doctors. Clinical informatics lead in 10 years.",
    "targetRoles": [
      {
        "title": "Clinical Application Analyst",
        "seniority": "junior",
        "horizon": "now"
      },
      {
        "title": "Healthcare IT Consultant",
        "seniority": "mid",
        "horizon": "3y"
      },
      {
        "title": "Clinical Informatics Lead",
        "seniority": "lead",
        "horizon": "10y"
      }
    ],
    "skills": [
      {
        "name": "Patient care",
        "level": 5,
        "years": 6
      },
      {
        "name": "Clinical documentation",
        "level": 4,
        "years": 6
      },
      {
        "name": "excel",
        "level": 3,
        "years": 3
      },
      {
        "name": "communication",
        "level": 4,
        "years": 6
      },
      {
        "name": "EMR",
        "level": 3,
        "years": 4
      }
    ],
    "learning": [
      "sql",
      "HL7",
      "power-bi"
    ],
    "experienceYears": 6,
    "preferences": {
      "locations": [
        "Kochi",
        "Bengaluru",
        "Remote"
      ],
      "workplace": [
        "onsite",
        "hybrid",
        "remote"
      ],
      "employmentTypes": [
        "full-time"
      ],
      "minPay": {
        "amount": 35000,
        "currency": "INR",
        "period": "month"
      }
    },
    "values": {
      "growth": 5,
      "learning": 4,
      "mentorship": 3,
      "compensation": 3,
      "flexibility": 3,
      "stability": 4
    },
    "dealbreakers": {
      "companies": [],
      "keywords": [
        "night shift"
      ]
    }
  },
  "support-no-night-shift": {
    "version": 1,
    "vision": "From voice support to customer success: own a book of accounts and help them grow. Customer success manager in 3 years.",
    "targetRoles": [
      {
        "title": "Customer Success Associate",
        "seniority": "entry",
        "horizon": "now"
      },
      {
        "title": "Customer Success Manager",
        "seniority": "mid",
        "horizon": "3y"
      }
    ],
    "skills": [
      {
        "name": "communication",
        "level": 4,
        "years": 3
      },
      {
        "name": "crm",
        "level": 3,
        "years": 2
      },
      {
        "name": "excel",
        "level": 3,
        "years": 2
      },
      {
        "name": "zendesk",
        "level": 3,
        "years": 2
      }
    ],
    "learning": [
      "salesforce",
      "account-management"
    ],
    "experienceYears": 2,
    "preferences": {
      "locations": [
        "Chennai",
        "Remote"
      ],
      "workplace": [
        "onsite",
        "hybrid",
        "remote"
      ],
      "employmentTypes": [
        "full-time"
      ],
      "minPay": {
        "amount": 25000,
        "currency": "INR",
        "period": "month"
      }
    },
    "values": {
      "growth": 4,
      "learning": 3,
      "mentorship": 3,
      "compensation": 3,
      "flexibility": 3,
      "stability": 4
    },
    "dealbreakers": {
      "companies": [
        "BYJU'S"
      ],
      "keywords": [
        "night shift",
        "rotational shifts"
      ]
    }
  },
};
