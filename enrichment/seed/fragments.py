"""Hand-written fragments the seed posts are composed from (fictional people, products and businesses only).

Every pool is split in two: ``TRAIN`` pieces feed the training files, ``HELDOUT`` pieces feed only the
held-out files, so held-out posts use phrasings and industries the classifier never saw.
"""

# Industry -> (things people buy or hire, context about who is asking, fictional incumbent products).
INDUSTRIES_TRAIN = {
    "b2b_crm": (
        ["a CRM", "a simple crm", "a crm that isn't salesforce-level complicated", "a sales pipeline tool"],
        ["for a 5 person sales team", "for our agency", "we're 12 people, mostly outbound", "b2b, long sales cycles"],
        ["Pipewise", "Salesloop", "DealDock"],
    ),
    "accounting": (
        ["bookkeeping software", "an accountant who gets small biz", "a bookkeeper", "invoicing software"],
        ["sole trader, uk", "just incorporated, first year", "ecommerce shop doing ~40 orders/day", "for a cafe"],
        ["LedgerLeaf", "Sumly", "TallyJar"],
    ),
    "plumbing": (
        ["a plumber", "an emergency plumber", "someone to fix a leaking boiler", "a plumber for a bathroom refit"],
        ["in leeds", "north side of town", "tonight if possible", "old victorian house, pipes are ancient"],
        ["FixFast", "PipeHero", "DripStop"],
    ),
    "web_agency": (
        ["a web designer", "an agency to rebuild our site", "a shopify dev", "someone to redo our landing page"],
        ["budget around 5k", "small bakery, nothing fancy", "need it live before march", "b2b saas, 20 pages"],
        ["Sitecraft", "PixelBarn", "Webbly"],
    ),
    "helpdesk": (
        ["a helpdesk tool", "a shared inbox for support", "ticketing software", "a live chat widget"],
        ["3 support agents", "we get ~200 tickets a week", "for a saas startup", "need slack integration"],
        ["Ticketly", "HelpHive", "Supportr"],
    ),
    "fitness": (
        ["a personal trainer", "a running coach", "a gym with good squat racks", "a yoga studio"],
        ["near downtown", "beginner, 40s, bad knee", "3x a week before work", "training for a half marathon"],
        ["FitLoop", "GymBox", "Stride Club"],
    ),
    "consumer_tech": (
        ["a new laptop", "noise cancelling headphones", "a decent mechanical keyboard", "a budget phone"],
        ["under $800", "mostly for coding and zoom", "for my dad, needs big text", "for travel"],
        ["Novabook", "Sonora", "Keyforge"],
    ),
    "marketing_agency": (
        ["a seo agency", "someone to run our google ads", "a social media manager", "a content writer"],
        ["for a dental practice", "ecom brand, $10k/mo ad spend", "b2b, linkedin mostly", "local gym chain"],
        ["RankRocket", "AdNest", "BuzzLab"],
    ),
    "hr_payroll": (
        ["a payroll provider", "hr software", "an applicant tracking system", "a peo"],
        ["we just hit 25 employees", "staff in 3 states", "hiring fast this year", "mostly hourly staff"],
        ["Payzy", "PeopleDesk", "HireHub"],
    ),
    "home_services": (
        ["a cleaner", "a handyman", "an electrician", "a landscaper", "someone to paint two rooms"],
        ["in the east end", "moving out next week", "2 bed flat", "quote needed by thursday"],
        ["Sparkle & Co", "HandyPro", "GreenCut"],
    ),
    "devtools": (
        ["an error tracking tool", "a hosted postgres", "a ci service", "a feature flag service"],
        ["small team, 4 devs", "we deploy ~10x a day", "python + react stack", "needs to be soc2 friendly"],
        ["Bugsnare", "Deployly", "FlagPole"],
    ),
}

INDUSTRIES_HELDOUT = {
    "legal": (
        ["an employment lawyer", "a solicitor for a house purchase", "a trademark attorney", "contract review"],
        ["small startup, 8 staff", "buying our first home", "for our brand name", "in manchester"],
        ["LawLine", "Briefcase", "Clauseworks"],
    ),
    "veterinary": (
        ["a vet", "an emergency vet", "a dog groomer", "a dog walker"],
        ["open on sundays", "my cat is 14", "rescue dog, nervous around people", "weekday lunchtimes"],
        ["PawCare", "VetNow", "Wagly"],
    ),
    "roofing": (
        ["a roofer", "someone to fix our gutters", "a roofing contractor", "solar panel installer"],
        ["after last night's storm", "flat roof, garage", "3 bed semi", "getting quotes this week"],
        ["RoofRight", "TopTile", "SunBolt"],
    ),
    "project_mgmt": (
        ["a project management tool", "a kanban board", "something to replace spreadsheets for tracking work"],
        ["for a construction company", "remote team across 4 timezones", "non technical people", "15 users"],
        ["Taskr", "BoardBee", "Planhaus"],
    ),
    "email_marketing": (
        ["an email marketing platform", "a newsletter tool", "an sms marketing tool"],
        ["list of ~20k", "for a candle shop", "need good automations", "substack-ish but for a business"],
        ["Mailfox", "SendSprout", "Inboxly"],
    ),
    "recruiting": (
        ["a recruiter", "a recruitment agency", "a freelance data engineer", "a contract designer"],
        ["for 2 senior roles", "3 month contract", "fintech, london", "need someone who knows dbt"],
        ["TalentTap", "Huntly", "RoleRadar"],
    ),
}

# Posts that show intent. {need}, {ctx}, {rival}: filled from an industry.
INTENT_TRAIN = [
    "long time lurker. {ctx}. we finally have money for {need} - where would you start looking?",
    "So {rival} just doubled our bill. {ctx}. Moving to something else this month, recs?",
    "Any freelancers here who do {need}? Paid gig, {ctx}",
    "my boss asked me to find {need} by next week 😅 {ctx}. what are my options",
    "whats a good {need}?? {ctx}",
    "Request: {need}. {ctx}. Prefer someone local, will pay deposit",
    "who should i call for {need}? {ctx}",
    "Recommend me {need}. {ctx}. Budget is flexible",
    "posting for a friend: she needs {need}, {ctx}. anyone?",
    "we're ready to sign with {need} this month, {ctx}. who do you trust?",
    "need to hire {need} for a one-off job. {ctx}",
    "looking to hire {need} on a freelance basis, {ctx}",
    "can i get a few quotes for {need}? {ctx}",
    "any {need} out there available next week? {ctx}",
    "where do people find {need}? {ctx}",
    "we want to bring in {need} for a project, {ctx}. who's good?",
    "searching for {need} — {ctx}. send rates",
    "I'd like to pay someone for {need}. {ctx}. Who do I contact?",
    "what do you all use for {need}? {ctx}. current setup is a mess",
    "Looking to hire {need}. {ctx}. Rates + availability pls",
    "{ctx} and we still don't have {need}. who would you call?",
    "need recs: {need} ({ctx})",
    "anyone got a contact for {need}? {ctx}",
    "getting quotes for {need} this week, {ctx}. who should i ask?",
    "our {rival} trial ends friday and honestly we're looking elsewhere. {ctx}. suggestions?",
    "would love a referral for {need}. {ctx}",
    "is there {need} that doesn't cost a fortune? {ctx}",
    "pls recommend {need}!! {ctx}",
    "we've outgrown {rival}. what's next for {ctx}?",
    "can someone recommend {need}? will pay well. {ctx}",
    "can anyone recommend {need}? {ctx}",
    "looking for {need} {ctx}. any recs?",
    "we need {need} asap. {ctx}. who do you use?",
    "any recommendations for {need}?? {ctx}",
    "thinking about switching from {rival}, it's gotten so expensive. what are people using instead? {ctx}",
    "ISO {need} - {ctx}",
    "hey all, in the market for {need}. {ctx}. open to suggestions",
    "who's good for {need}? {ctx}, happy to pay for quality",
    "our {rival} contract is up next month and we're shopping around. {ctx}",
    "dm me if you do {need}, {ctx}. need a quote this week",
    "ok reddit, i need {need}. {ctx}. go",
    "Need {need}.\n- {ctx}\n- reasonable price\n- actually responds to emails\nsuggestions welcome",
    "what's the best {need} right now? {ctx}. ready to buy",
    "help! need {need} {ctx} 🙏",
    "anyone have experience with alternatives to {rival}? we're moving off it. {ctx}",
    "budget approved 🎉 now i just need {need}. {ctx}. who should i talk to?",
    "recommendations for {need}? {ctx}. will pay for a trial month",
    "trying to find {need} {ctx}, google is useless. pls help",
    "does anyone know {need} they'd actually recommend? {ctx}",
    "we're evaluating {need} options this quarter. {ctx}. what should be on the shortlist?",
]

INTENT_HELDOUT = [
    "Seeking {need}. {ctx}. Please reply with your rates!",
    "could someone point me to {need}? {ctx}",
    "Fed up with {rival}. Ready to move - what's a solid replacement? {ctx}",
    "quotes wanted: {need}, {ctx}",
    "if you know {need} worth the money pls drop a name 👇 {ctx}",
    "Shopping for {need} — {ctx}. Who has one they love?",
    "{ctx}. need {need} by end of month, where do i even start",
    "anyone free to take on a job? need {need}. {ctx}",
    "time to replace {rival}. suggestions for {need}? {ctx}",
    "hiring {need} for a short project. {ctx}. send me your portfolio",
]

# Hard negatives: selling, complaining without wanting to switch, reviewing, job posts, chatter, support.
SELLING_TRAIN = [
    "Struggling to find {need}? That's exactly why we started {rival}. {ctx}",
    "📣 {need} available this week! {ctx}. message to book",
    "we're an agency specialising in {need}, {ctx}. portfolio: example.com",
    "Do you need {need}? I have 10 years experience. {ctx}. Reasonable rates, DM",
    "case study: how we delivered {need} {ctx} in 3 weeks",
    "accepting new clients for {need} — {ctx}",
    "Need {need}? We've got you covered. {ctx}. Call today for a free estimate",
    "our team provides {need} {ctx}. 10% off your first month",
    "taking bookings now for {need}! {ctx}. link in bio",
    "freelancer here: i offer {need}, {ctx}. dm for rates",
    "we help companies like yours with {need}. reply 'yes' and i'll send a case study",
    "Looking for {need}? Check out {rival}, free 14 day trial 👉 example.com",
    "i run a small business doing {need}. {ctx}? send me a message",
    "new client special on {need} this month only",
    "we're {rival}, and we make {need} simple. {ctx}. try us free",
    "my company does {need} — {ctx} — happy to give a quote",
    "we built {rival}, {need} {ctx}. DM me for a demo!",
    "shameless plug: if you need {need}, that's literally what we do. {ctx}",
    "launching our new {need} product today 🚀 early bird pricing for the first 50 signups",
    "Offering {need} services {ctx}. Free quotes, message me",
    "i do {need} for a living, portfolio in bio, taking new clients this month",
    "{rival} 2.0 is live! faster, cheaper, better. link in comments",
    "pro tip from someone who sells {need}: always ask for references",
    "we're {rival} and we just cut prices 20% for new customers {ctx}",
]

SELLING_HELDOUT = [
    "Our agency specialises in {need}. {ctx}. Book a free consultation today",
    "Now accepting clients for {need}! Limited spots. {ctx}",
    "I help businesses find {need}. DM 'INFO' and I'll send my guide",
    "we just shipped v3 of {rival} — best {need} on the market, try it free",
]

COMPLAINT_TRAIN = [
    "paid {rival} for {need} and they never showed up. reported them",
    "beware of {rival}, terrible work and they won't refund",
    "{rival} has been down all morning, this is the third time this month",
    "the support at {rival} is a joke. 4 days, no reply",
    "why does {rival} log me out every 10 minutes. infuriating",
    "{rival} just raised prices again lol. classic",
    "honestly the worst experience with {rival} today, waited 2 hours on hold",
    "rant: {rival}'s new ui is unusable. who approved this",
    "ugh {rival} lost my data AGAIN",
]

COMPLAINT_HELDOUT = [
    "Another outage from {rival}. Whatever, it'll be back in an hour",
    "{rival} charged me twice this month and nobody answers the phone 😤",
    "not impressed with {rival}'s latest update, feels slower",
]

REVIEW_TRAIN = [
    "update: found {need} through this sub, thanks everyone! problem solved",
    "if anyone needs {need}, {rival} did a great job for us. {ctx}",
    "psa: {rival} is legit, used them for {need}",
    "we switched to {rival} last year and haven't looked back",
    "6 months in with {rival}: solid, does what it says. would recommend",
    "wrote up my honest review of {rival} after a year, link below",
    "{rival} is underrated tbh. great value {ctx}",
    "just finished working with {rival} on a project, super professional, 5 stars",
    "comparison: {rival} vs the rest. tldr they're all fine, pick by price",
    "shoutout to {rival}, sorted us out same day",
    "if anyone's wondering, {rival} is still great in 2026",
]

REVIEW_HELDOUT = [
    "Long-term review: we've used {rival} for three years. Pros and cons thread 🧵",
    "big thanks to the team at {rival}, really impressed",
    "{rival} review: 7/10, decent but pricey",
]

JOBPOST_TRAIN = [
    "we're hiring a full-time electrician, competitive pay, send your resume to careers@example.com",
    "open position: account manager at a growing agency, hybrid, apply on our website",
    "looking for work as a web developer, 3 years react, happy to relocate",
    "Hiring: customer support specialist (remote). Apply via the link, interviews next week",
    "we're looking for an experienced office manager to join our team, full time, apply via example.com/careers",
    "seeking work as a freelance copywriter, portfolio link in bio",
    "hiring!! line cooks and servers for our new location, walk-in interviews saturday",
    "recruiting a part-time bookkeeper for our firm, 20hrs/week, email cv to jobs@example.com",
    "new grad looking for entry level marketing jobs, any leads appreciated",
    "we have an opening for a junior designer, remote ok, dm me your portfolio",
    "we're hiring a senior backend engineer (remote, eu). apply at example.com/jobs",
    "[HIRING] marketing coordinator, full time, $55k, chicago. link in bio",
    "looking for a job as a junior dev, open to work, cv in comments",
    "our team is growing! we're hiring 3 account executives. dm for details",
    "just got laid off, looking for my next role in product design. referrals appreciated",
    "job alert: part time barista needed at our cafe, weekends, apply in store",
    "we are hiring sales reps with crm experience, commission + base, apply today",
    "anyone hiring? 5 yrs experience in accounting, looking for remote work",
]

JOBPOST_HELDOUT = [
    "Open role: Customer Success Manager (hybrid, Toronto). Apply via our careers page",
    "seeking new opportunities as a plumber's apprentice, 2 years experience",
    "We're recruiting! Payroll specialist, permanent, great benefits",
    "job hunting again... any dev teams looking for a react person?",
]

CHATTER_TRAIN = [
    "what's the best advice you've ever gotten from a boss?",
    "people who work night shifts, how do you sleep?",
    "what's a hobby you picked up this year and love?",
    "which city has the best food you've ever had?",
    "what do you look for in a good manager?",
    "if you could learn any skill overnight what would it be?",
    "what's the most overrated productivity tip?",
    "who else is watching the new season? no spoilers pls",
    "what small habit changed your life?",
    "how do you all unwind after a long week?",
    "what's a movie everyone loves that you can't stand?",
    "serious question: is remote work here to stay?",
    "what was your first job and what did it teach you?",
    "what app do you open first every morning?",
    "be honest, do you read the terms and conditions?",
    "what's the difference between a llc and a sole prop? asking for a school project",
    "does anyone know how to change the logo in {rival}? docs are confusing",
    "happy friday everyone!",
    "we hit our quarterly target, team dinner tonight",
    "any tips for staying focused when working from home?",
    "article: the state of small business software in 2026",
    "fixed it myself in the end, turns out it was a loose cable lol",
    "til you can export everything from {rival} as csv",
    "hot take: all {need} options are basically the same",
    "how do i reset my password in {rival}? the link never arrives",
    "does anyone else find monday standups pointless",
    "finally finished migrating, what a week",
    "just passed 1000 customers!! thank you all",
    "conference season again. who's going to saas summit?",
    "what's everyone listening to while working today?",
    "reminder: back up your stuff, folks",
    "interesting thread on pricing psychology, worth a read",
    "my dog just stole a sandwich off my desk mid meeting",
    "weather is amazing today, taking lunch outside",
    "anyone know if {rival} has an api? just curious",
    "fun fact: our first office was a garage",
]

CHATTER_HELDOUT = [
    "Quick poll: do you work better in the morning or at night?",
    "Anyone watching the game tonight?",
    "Is it just me or is {rival} slow today? Not a big deal",
    "Thread of the best productivity tips I've learned this year",
    "Coffee #3 and it's only 10am",
    "Reading a great book on negotiation, highly recommend",
]

# Sentiment: subjects and verdicts, composed into short posts.
SENT_SUBJECTS_TRAIN = [
    "the new update",
    "their support team",
    "this app",
    "the onboarding",
    "my contractor",
    "the delivery",
    "this tool",
    "the pricing",
    "the new dashboard",
    "our plumber",
    "the customer service",
    "this course",
]
SENT_SUBJECTS_HELDOUT = ["the checkout flow", "the vet", "the mobile app", "their sales rep", "the installer"]

SENT_POSITIVE_TRAIN = [
    "{subj} is fantastic, saved us hours every week",
    "absolutely love {subj} 😍",
    "{subj} was great, super friendly and fast",
    "honestly impressed by {subj}, 10/10",
    "shoutout to {subj}, made my day",
    "{subj} just works. no complaints at all, really happy",
    "wow {subj} is so much better than before!!",
    "best decision we made this year was {subj}",
    "{subj} exceeded expectations, thank you 🙌",
]
SENT_POSITIVE_HELDOUT = [
    "Really pleased with {subj}. Would recommend to anyone",
    "{subj} was brilliant, cheers!",
    "so happy with {subj} ❤️",
]

SENT_NEGATIVE_TRAIN = [
    "{subj} is awful",
    "{subj} is a complete waste of money",
    "never again. {subj} was a disaster",
    "{subj} is broken again, so frustrating 😡",
    "really disappointed with {subj}",
    "{subj} is terrible, nobody replies to emails",
    "worst experience ever with {subj}",
    "ugh, {subj} keeps crashing. hate it",
    "{subj} is slow, buggy and overpriced",
]
SENT_NEGATIVE_HELDOUT = [
    "Very unhappy with {subj}. Avoid",
    "{subj} ruined my whole week 🙄",
    "can't believe how bad {subj} is",
]

SENT_NEUTRAL_TRAIN = [
    "{subj} changes on tuesday according to the email",
    "does anyone know when {subj} goes live?",
    "moving our standup to 10am starting next week",
    "{subj} has a new settings page now",
    "we switched the meeting to thursday",
    "the office is closed on friday for the holiday",
    "here's the link to the docs for {subj}",
    "posting the agenda for tomorrow's call",
    "{subj} is available in three plans",
    "has anyone tried {subj} yet?",
]
SENT_NEUTRAL_HELDOUT = [
    "Update: {subj} will be rolled out next month",
    "What time does {subj} open on weekends?",
    "The report is attached. See page 4 for {subj}",
]

# Small touches that make composed posts read like different people wrote them.
PREFIXES_TRAIN = ["", "", "", "", "hey, ", "quick question: ", "ok so ", "honest q - ", "Hi all! "]
PREFIXES_HELDOUT = ["", "", "", "Morning folks. ", "serious question, ", "Hello! "]
SUFFIXES_TRAIN = ["", "", "", "", " thanks!", " thx", " tia", " 🙏", " cheers", " !!"]
SUFFIXES_HELDOUT = ["", "", "", " Thank you in advance.", " ty", " 😊"]
