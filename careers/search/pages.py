"""Pages that are not rows of content (tools and landing pages), so search can find them too.
Plain paths, not reverse(): a data migration writes them."""

from careers.common.hooks import SearchEntry

PAGES = [
    SearchEntry("/drills/typing/", "Typing test", terms="wpm · typing speed",
                body="Practise the typing test BPO employers give: words per minute and accuracy, "
                "timed on the server, with your results over time."),
    SearchEntry("/drills/accuracy/", "Data entry accuracy test", terms="data entry · accuracy",
                body="Compare records with their source and find the errors, like a back-office "
                "accuracy test."),
    SearchEntry("/drills/english/", "English practice", terms="versant · grammar · vocabulary",
                body="Grammar, vocabulary, reading and best-reply questions like a BPO English "
                "assessment, with explanations."),
    SearchEntry("/drills/", "Hiring tests practice", terms="typing test · english test",
                body="Practise the tests BPO employers give before an interview."),
    SearchEntry("/plan/", "Plan my career", terms="career plan · route · goal",
                body="Which BPO job fits you, the route to your target role, and a saved plan "
                "with dates."),
    SearchEntry("/ladder/", "Career map", terms="career path · promotion",
                body="Every BPO role by level, and where each one leads."),
    SearchEntry("/metrics/", "KPIs in BPO", terms="kpi · metrics",
                body="What AHT, CSAT, FCR, service level and the other numbers mean, with worked "
                "examples."),
    SearchEntry("/certifications/", "Certifications", terms="certificates",
                body="Certifications that help in BPO roles, who they suit and what they take."),
    SearchEntry("/resume/", "Resume checklist", terms="cv · cover letter",
                body="Tailor your resume to a BPO role or to a job ad, line by line."),
    SearchEntry("/resume/match/", "Check a job ad", terms="job ad · job post",
                body="Paste a job ad: see the skills, KPIs and jargon it asks for."),
    SearchEntry("/glossary/", "BPO jargon glossary", terms="jargon · slang · terms",
                body="The words in BPO job ads explained: nesting, WAH, RTO, SLA and more."),
    SearchEntry("/interviews/", "Interview questions", terms="interview · question bank",
                body="BPO interview questions with what the interviewer looks for, tips and "
                "sample answers."),
    SearchEntry("/interviews/practice/", "Interview practice", terms="mock interview",
                body="Practise interview questions one at a time, get feedback and rate yourself."),
    SearchEntry("/hiring/", "How BPO hiring works", terms="hiring process · requirements",
                body="The stages of a BPO hiring process, documents, rules and scams to avoid."),
    SearchEntry("/pay/", "What BPO jobs pay", terms="salary · pay · wage",
                body="Pay ranges for BPO roles in the Philippines and India, with sources."),
    SearchEntry("/industry/", "The BPO industry", terms="outsourcing · market · employers",
                body="Why companies outsource, kinds of BPO work, markets, trends and myths."),
    SearchEntry("/network/", "Networking in BPO", terms="networking · associations · events",
                body="Organisations, events and first messages to meet people in BPO."),
]  # fmt: skip
