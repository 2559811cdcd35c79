"""Hand-written comments in the style of a technology / startup / science discussion forum.

Threads under links to blog posts, product launches, papers and news stories. All names of people,
companies, products and sites are invented. Labels are the commenter's own expressed feeling.
"""

POSTS = [
    (
        "I maintained a mid-sized parsing library for six years. The code was never the hard part. The hard part was opening my inbox on a Sunday and finding a paragraph from someone at a company worth more than my town, explaining that my unpaid work had broken their release and asking when I'd 'prioritize' it. I eventually archived the repo. Reading this post brought all of it back and honestly I don't think anything has changed since.",
        "negative",
    ),
    (
        "> Nobody actually needs more than one database\n\nWe ran a single PostgreSQL instance for a company doing ~40k orders a day until last year. Vertical scaling plus read replicas got us further than anyone on the team expected. So I'd mostly agree, with the caveat that search eventually pushed us to a separate index.",
        "neutral",
    ),
    (
        "This is one of the clearest explanations of MVCC I've read. Bookmarked, and sent to the two juniors on my team.",
        "positive",
    ),
    ("Yet another JavaScript runtime. I'm sure this one will be the one that sticks.", "negative"),
    ("What's the licence on this? The README says MIT but there's a LICENSE file that looks like AGPL.", "neutral"),
    (
        "The article keeps saying 'studies show' without linking a single study. For a piece whose whole thesis is that remote workers are less productive, that's a pretty big hole. I went looking for the survey they mention in paragraph four and the closest thing I could find was a poll of 200 managers run by a real-estate consultancy. Managers at a company that leases office space. Draw your own conclusions.",
        "negative",
    ),
    ("fwiw the 32-bit limit was lifted in version 3.2, it's 64-bit offsets now", "neutral"),
    ("Congrats to the team, shipping a 1.0 of a compiler with three people is no small thing.", "positive"),
    ("Anyone know if this works with ARM builds yet? The release notes only mention x86_64.", "neutral"),
    (
        "i read the whole paper expecting the usual overclaiming and... it's actually careful? they report the negative results, they have ablations, the error bars are real. rare to see in this subfield tbh",
        "positive",
    ),
    (
        "Rewriting your backend in Rust because a blog post told you to is how you end up eight months behind with a service that does exactly what the old one did.",
        "negative",
    ),
    (
        "The launch was delayed again, this time to the second quarter. The company cited a valve issue on the second stage found during a static fire.",
        "neutral",
    ),
    (
        "Ha, I did exactly this at my first job. Dropped the users table on what I thought was staging. It was not staging. Spent the next four hours learning how our backups actually worked (they mostly did).",
        "neutral",
    ),
    (
        "Honestly this thread is a great example of why I still come here. Three people who actually built fusion diagnostics showed up and explained the difference between scientific breakeven and engineering breakeven better than the article did.",
        "positive",
    ),
    (
        "Tried it on our monorepo. Indexing took 40 minutes and then the language server fell over. Back to grep.",
        "negative",
    ),
    (
        "How does this compare to just using SQLite with WAL mode? Genuine question, the benchmarks in the post don't include it.",
        "neutral",
    ),
    (
        "> AI will replace junior developers within two years\n\nPeople said this about outsourcing, then about low-code, then about bootcamps flooding the market. Every time, the actual outcome was that the juniors who could read a stack trace got hired and everyone else learned to. I'm tired of every hype cycle being framed as the end of an entire career path by people who've never had to onboard anyone.",
        "negative",
    ),
    ("The author is a former maintainer of the project, for context.", "neutral"),
    (
        "Small nitpick: Dijkstra doesn't work with negative edge weights, which the third example quietly has. Otherwise a nice intro.",
        "neutral",
    ),
    (
        "Our city did the protected bike lane thing on the main road two years ago. Shop owners screamed about parking. Footfall went up. Two of the loudest opponents now have bike racks out front. I love this stuff.",
        "positive",
    ),
    (
        "Nothing says 'we respect your privacy' like a cookie banner with 340 partners and a reject button hidden behind two menus.",
        "negative",
    ),
    (
        "Does anyone have numbers on how much of the grid in Spain is actually dispatchable at night? The article hand-waves it.",
        "neutral",
    ),
    (
        "This is the kind of write-up I wish every postmortem was. Timeline, what they believed at each step, why it was reasonable to believe it, and what changed. No blame, no fluff. Whoever wrote it should be proud.",
        "positive",
    ),
    (
        "Raised a seed round in 2021, spent it on a team of twelve, found product-market fit with a product that needed a team of three. The valuation looked great on paper right up until it didn't matter anymore.",
        "neutral",
    ),
    ("lol the 'revolutionary' vector database is a hashmap with a cosine function", "negative"),
    (
        "I'm a historian, not an engineer, and I want to gently push back on the framing that the printing press 'democratized knowledge' overnight. For the first century most output was religious and legal material, literacy rates barely moved outside cities, and the price of books stayed out of reach for most people. The effects were real but they took generations. The analogy to language models in the article works much better if you keep that timescale in mind.",
        "neutral",
    ),
    ("Thanks for posting the slides too, the recording audio is rough.", "positive"),
    (
        "GC pauses in the 200ms range on a 16GB heap is not unusual with that collector. Switching to the low-latency one got us down to single digits, at the cost of some throughput.",
        "neutral",
    ),
    ("Nine layoffs announced in a 'we're a family' all-hands. You can't make this up.", "negative"),
    (
        "Came for the title, stayed for the footnotes. The bit about how the Romans graded road surfaces is wonderful.",
        "positive",
    ),
    ("Is there a way to self-host this without the telemetry? I couldn't find a flag for it.", "neutral"),
    (
        "I have mixed feelings. The design is genuinely elegant and the docs are some of the best I've seen. But the pricing page changed three times this year and the free tier shrank each time, so I'm not building anything serious on it.",
        "neutral",
    ),
    (
        "Every six months someone posts 'I replaced my whole stack with boring tech and it's great' and every six months I nod along. It keeps being true.",
        "positive",
    ),
    (
        "> Hiring is broken because candidates can't code\n\nOr because your take-home is nine hours of unpaid work for a job that pays 20% below market. I've done both sides. The candidates were fine.",
        "negative",
    ),
    ("Reading this on a train that's 50 minutes late, which feels thematically appropriate.", "neutral"),
    ("The fact that this runs in the browser with no server is kind of wild. Played with it for an hour.", "positive"),
    (
        "So the 'open source' model ships weights under a licence that forbids commercial use above some user count, forbids using it to train other models, and can be revoked. We need a different word for this.",
        "negative",
    ),
    (
        "The key difference is that CRDTs guarantee convergence without coordination, whereas OT needs a central server to order operations. The trade-off is metadata overhead, which can grow pretty large for text if you're not careful with tombstones.",
        "neutral",
    ),
    (
        "My dad worked on the lines at the old steel plant that's mentioned in the piece. He'd have liked this article. It's rare to see that work described without either romance or pity.",
        "positive",
    ),
    ("yeah no. 'move fast and break things' is how we got a payments outage on black friday", "negative"),
    (
        "Which version of the kernel was this tested against? The io_uring behaviour changed quite a bit around 5.19.",
        "neutral",
    ),
    (
        "I switched our team from Jira to a plain markdown file in the repo. Six people, one file, issues as headings. It's been eight months and nobody has asked to go back. Not saying this scales, but for us it's been a genuine relief.",
        "positive",
    ),
    (
        "The paper was retracted on Tuesday. The journal's notice says the image duplication in Figure 3 could not be explained by the authors.",
        "neutral",
    ),
    ("Oh good, the login page now has a 'magic link' that takes four minutes to arrive. Progress.", "negative"),
    (
        "Can confirm, the battery thing is real. Ran the test from the article on my laptop and lost about 11% in an hour with the tab open in the background.",
        "neutral",
    ),
    (
        "This is a really generous thing for the company to do, open-sourcing the whole test suite. Most people don't realize the tests are the hard part.",
        "positive",
    ),
    (
        "I'll be the contrarian: the app is fine. It does one thing, the UI is ugly, and I've used it every day for three years without a single crash. Sometimes that's what you want.",
        "positive",
    ),
    (
        "Economics comments on this site are always the same. Someone who took one class in 2009 explains inflation to the people who do it for a living. Then 200 upvotes.",
        "negative",
    ),
    (
        "Where did the 3x figure come from? The linked chart shows closer to 1.8x once you adjust for the change in methodology in 2015.",
        "neutral",
    ),
    (
        "There's a wonderful old tradition in physics lectures of deriving something the long way first, so when the short way arrives you feel it. This post does that with Fourier transforms and it worked on me. I finally get why the Gaussian is its own transform instead of just having memorized it.",
        "positive",
    ),
    (
        "Three years at a unicorn. Four reorgs. Five managers. One product shipped, and then it was sunset. I genuinely don't know what I did there.",
        "negative",
    ),
    (
        "The tl;dr is that the new scheduler prefers efficiency cores for background threads, so single-threaded benchmarks look worse unless you pin them.",
        "neutral",
    ),
    ("i mean it's a todo app with a blockchain. what did people expect", "negative"),
    (
        "Thank you for writing this in plain language. My mother has the condition described and I've struggled to explain to relatives why the treatment takes so long to show effects.",
        "positive",
    ),
    (
        "Note that the benchmark uses a warm cache. Cold start numbers are in the appendix and they're about 4x higher.",
        "neutral",
    ),
    (
        "Every time a startup says 'we're building the operating system for X', what they mean is a CRUD app with a chat-app integration, and I have stopped pretending otherwise.",
        "negative",
    ),
    (
        "Worked remotely for nine years, four different companies. The best one had almost no meetings and wrote everything down. The worst one had cameras-on standups at 7am my time. Remote isn't one thing.",
        "neutral",
    ),
    (
        "The maintainers handled that security report really well. Acknowledged in a day, patched in three, clear advisory, credit to the reporter. That's how it should go.",
        "positive",
    ),
    (
        "We evaluated this last quarter. The sales team promised SOC 2 'in the next few weeks'. Still waiting. The product itself was fine in the demo but we couldn't get past procurement.",
        "neutral",
    ),
    ("The chart in the second section has a y-axis that starts at 94. That's doing a lot of work.", "negative"),
    (
        "Genuinely asking: what's the use case for a 1000-node Kubernetes cluster for a company with 30 engineers?",
        "neutral",
    ),
    ("The author's previous post on write amplification was excellent too, if anyone missed it.", "positive"),
    (
        "Watching the live stream of the landing with my kids was one of the best twenty minutes I've had this year. My youngest hasn't stopped drawing rockets.",
        "positive",
    ),
    (
        "They deprecated the v2 API with 30 days' notice. We have clients on firmware that can't be updated. Cool cool cool.",
        "negative",
    ),
    (
        "Light travels about 30cm in a nanosecond, which is why the trading firms cared so much about those microwave links. Glass fibre slows it to roughly two thirds of that.",
        "neutral",
    ),
    (
        "Anyone else find it weird that the 'AI-powered' feature is just autocomplete that was already there last year?",
        "negative",
    ),
    (
        "I taught secondary school maths for eleven years before moving into software. The section on 'productive struggle' is the best description I've seen of what good teachers actually do. Most edtech I've seen tries to eliminate the struggle entirely, and then everyone is surprised the kids can do the exercises in the app but not on paper. This piece gets it.",
        "positive",
    ),
    ("You're right, I misremembered. It was 2011, not 2013. Thanks for the correction.", "neutral"),
    ("Honestly the worst part of this outage is that the status page stayed green the entire time.", "negative"),
    ("Is the dataset available, or only the trained model?", "neutral"),
    (
        "Elixir has been the most pleasant language I've worked in professionally. The tooling gets out of your way, the runtime makes you think about failure properly, and the community is small but very kind. I know it's niche. I don't care.",
        "positive",
    ),
    (
        "> It's just a few lines of config\n\nIt's always a few lines of config. Then it's a few lines of config in four files, two of which are generated, one of which is YAML embedded in a string in JSON.",
        "negative",
    ),
    (
        "Population density in the neighbourhood in the article is about 14,000 per square km, for reference. Higher than most of Manhattan outside the core, lower than parts of Barcelona.",
        "neutral",
    ),
    ("So happy to see this project get funding. I've been using it since it was a single-file script.", "positive"),
    (
        "Kind of sad to see the old forum go read-only. There's twenty years of answers in there that aren't anywhere else.",
        "negative",
    ),
    (
        "The grant covers two years of salary for one maintainer. It was announced on the project mailing list this morning.",
        "neutral",
    ),
    (
        "tbh the real story here is the CFO quietly leaving two weeks before the earnings call, not the product announcement",
        "neutral",
    ),
    (
        "I did my PhD in a lab that studied this exact protein. Watching a structure prediction tool get in an afternoon what took my labmate four years of crystallography was humbling and, I'll admit, a bit painful. But she's the first to say it's a huge win for the field, and she's right. She's moved on to the questions the tool can't answer, which are the interesting ones anyway.",
        "positive",
    ),
    (
        "How many of these 'senior engineer' interviews actually test anything a senior engineer does? Reversing a linked list in 20 minutes under observation is not the job.",
        "negative",
    ),
    ("Tabs vs spaces thread incoming in 3... 2...", "neutral"),
    (
        "The bug was an off-by-one in the ring buffer's wraparound. Reads near the boundary returned stale data about once per few million operations, which is why it only showed up under load.",
        "neutral",
    ),
    (
        "Love how the author admits halfway through that their first approach was wrong, and keeps it in the post. More of this please.",
        "positive",
    ),
    (
        "We bought the enterprise plan. Support tickets get a first response in about five business days, usually asking us to clear our cache.",
        "negative",
    ),
    (
        "Nuclear has the lowest deaths per TWh of basically any source once you include mining and air pollution from fossil fuels. The question is mostly cost and build time, not safety.",
        "neutral",
    ),
    ("Finally someone said it. Microservices at a 10-person startup is cosplay.", "positive"),
    ("Edit: the author has updated the post to fix the benchmark, the new numbers are much closer.", "neutral"),
    (
        "The comments here are a lot kinder than the ones on the announcement last year. Nice to see the community come around after they actually fixed the sync issues.",
        "positive",
    ),
    (
        "I want to push back on the idea in the article that ORMs are 'a crutch for people who don't know SQL'. I know SQL reasonably well. I've written window functions for reporting queries that would make you cry. I still use an ORM for the 90% of queries that are 'fetch this row, update these three fields', because it gives me migrations, type checking against the schema, and a consistent way to handle transactions. When I need something complicated I drop to raw SQL, and every decent ORM lets you do that. The post sets up a strawman where the only options are 'ORM for everything' or 'handwritten SQL for everything' and then knocks it over.",
        "negative",
    ),
    (
        "For anyone wondering about the physics: the reason the detector is buried under a kilometre of rock is to shield it from cosmic ray muons, which would otherwise swamp the signal. Neutrinos pass through the rock essentially unaffected. Even so, they expect only a handful of interactions per day in a tank holding thousands of tonnes of water, which is why these experiments run for a decade or more before anyone publishes a headline result.",
        "neutral",
    ),
    (
        "Just wanted to say this series has been a joy. I've been following since part one, when it was just a guy explaining how he built a tiny CPU on a breadboard, and now it's twenty parts and a working operating system. The pacing is perfect: each post adds exactly one new idea and you can build along if you want. I've recommended it to every intern we've had. Please keep going.",
        "positive",
    ),
    (
        "The headline says 'record investment in clean energy', but if you scroll down to the table, most of the growth is a single year's accounting change in how grid storage is classified. Take that out and the trend is roughly flat. I don't say this to be a doomer, I'd love for the headline to be true. But articles like this make it harder to argue for real policy, because the next time someone points out the actual numbers, the whole topic gets tarred as hype. Disappointing from a publication that usually does better.",
        "negative",
    ),
    (
        "Some context from someone who worked at a company that did a similar migration: the cost savings mentioned in the post are probably real but they leave out the engineering time. We moved off the cloud to our own racks in two colo facilities. Hardware costs dropped by roughly 60%. We also hired three people whose whole job was the hardware, networking, and on-call for it. Whether that's a win depends heavily on your scale and how stable your load is. For us it broke even around year two.",
        "neutral",
    ),
    (
        "I used to dread code review. Then I joined a team where the lead had a simple rule: every review comment had to say whether it was blocking, a suggestion, or a question. It sounds trivial. It completely changed how reviews felt. Nobody was left guessing whether a comment about variable naming was going to hold up their merge for two days. I've carried it to every team since and people almost always adopt it within a month. This article describes basically the same idea and I'm really glad it's getting wider attention.",
        "positive",
    ),
    (
        "> The founders clearly care about privacy\n\nThe founders cared about privacy right up until the Series B. Then there was a 'partnership' with an ad network and the privacy policy grew from one page to eleven. I was an early user and I remember the blog post where they promised never to sell data. That post is now a 404. I'm not angry exactly, this is just how it goes when someone else's money is in charge, but let's not pretend this is a privacy company anymore.",
        "negative",
    ),
    (
        "So I went down a rabbit hole after reading this. The clock tower in the photo was built in 1874, and the reason the time on it was 'wrong' for decades is that the town kept local solar time until the railway arrived and forced a standard. There are letters in the town archive complaining about the change, with people arguing it was an imposition from the capital. Half the complaints sound exactly like threads about daylight saving time today.",
        "neutral",
    ),
    (
        "What a lovely piece of writing. It's about a bug in a floating-point parser, which should be dry as dust, and instead I read it like a detective story. The bit where they realize the test machine and the production machine have different rounding modes because of a BIOS setting had me laughing out loud. Whoever edits this blog, give them a raise.",
        "positive",
    ),
    (
        "I've worked with four different 'AI-first' startups as a contractor in the past eighteen months. Here's the pattern: the demo is incredible, the pitch deck has a graph that goes up and to the right, and the actual product is a prompt plus a retry loop plus a human in the Philippines checking the outputs. Two of the four have already shut down. One pivoted to 'consulting'. I'm not saying the technology is useless, I use it every day. I'm saying the business layer on top is mostly vapour and everybody involved knows it.",
        "negative",
    ),
    (
        "Here's how I understand the difference, correct me if I'm wrong. A mutex guarantees that only one thread holds it at a time, and the same thread that locked it must unlock it. A semaphore is just a counter; any thread can signal it, and it can allow N concurrent holders. You can build a mutex-like thing from a binary semaphore, but you lose the ownership check, which is why some debugging tools can detect mutex misuse but not semaphore misuse.",
        "neutral",
    ),
    (
        "Unpopular opinion maybe, but the reason the city's new tram line is working isn't the tram. It's that they also removed two lanes of car traffic, put in signal priority and redesigned every stop to be level with the platform. The article credits the vehicle and that's the least interesting part. Anyway, as someone who rides it daily, it's made my commute about 15 minutes shorter and far less stressful, and I think the planners deserve a lot more credit than they're getting here.",
        "positive",
    ),
    (
        "The paper's central claim rests on a sample of 48 participants, all undergraduates at one university, and the effect size they report is suspiciously large for a behavioural intervention this light. I looked for a pre-registration and couldn't find one. I'm not accusing anyone of anything, but I've seen this movie before in social psychology, and it ends with a failed replication and a quiet correction nobody reads. The press release calling it a 'breakthrough' is the part that bothers me most.",
        "negative",
    ),
    (
        "Long-time lurker, first comment. I'm the person who wrote the original version of the tool this post is about, back in 2014. It was about 400 lines of Perl and I made it to stop my team from manually editing config files on thirty servers. I handed it off years ago and had no idea it was still being used, let alone that someone had rewritten it with proper tests and documentation. Reading this made my week. Thank you to whoever kept it alive.",
        "positive",
    ),
    (
        "For what it's worth, the reason the migration took eighteen months instead of six is mostly described in section four: they discovered the old system had undocumented behaviour that downstream teams depended on. Things like a field that was sometimes null and sometimes an empty string, and three different services interpreted that difference. This is very common in migrations of systems that old and isn't necessarily a sign of poor planning.",
        "neutral",
    ),
    (
        "As a hiring manager I find these 'the interview process is broken' posts a bit tiresome. Yes, it's imperfect. Every alternative proposed in the comments (paid trial weeks, portfolio review only, referral-only hiring) has its own failure modes that people don't mention: trial weeks exclude anyone currently employed, portfolios favour people with free time, referrals reproduce the existing team. I've run all of them. None are magic. The article acts like nobody has thought about this before, which is frankly a bit insulting to the people who have been trying to fix it for years.",
        "negative",
    ),
    (
        "The explanation of why the Moon is slowly moving away is really nice. Tidal bulges on Earth are dragged slightly ahead of the Moon by Earth's rotation, they pull the Moon forward in its orbit, and a faster orbit at the same radius isn't stable so it spirals outward. Meanwhile Earth's rotation slows. About 3.8cm per year, measured by bouncing lasers off reflectors left on the surface by the crewed landings. I love that we know this to the centimetre.",
        "positive",
    ),
    (
        "We tried the four-day week at my last company (around 60 people, B2B software). It lasted fourteen months. Output didn't drop in any way we could measure, attrition dropped to nearly zero, and hiring got much easier. It ended when we were acquired and the new owners wanted everyone aligned with their schedule. I left three months later, along with about a third of the engineering team.",
        "neutral",
    ),
    (
        "I'm so tired of reading 'we should teach kids to code' as if that's a curriculum. Teach them what, exactly? Syntax of a language that will be out of fashion by the time they graduate? My niece's school bought tablets and a block-based coding app, and the teacher who's supposed to run it was given a two-hour training session. The kids drag blocks around until a cartoon cat moves. Nobody is learning to decompose a problem. It's a budget line that lets administrators say they're preparing kids for the future.",
        "negative",
    ),
    (
        "Great explanation. One addition: the reason B-trees dominate on disk while binary trees dominate in memory is the cost model. Disk (and to a lesser extent SSD) reads are expensive per request but cheap per byte, so you want fat nodes that fill a whole page. In RAM, pointer chasing is cheap enough that the simpler structure wins, although cache-aware B-tree variants are catching up even there.",
        "positive",
    ),
    (
        "The article mentions in passing that the startup's first customer was the founder's former employer. That's not necessarily a red flag, lots of B2B companies start that way, but it's worth knowing when reading the growth numbers. Most of the first year's revenue came from that single account.",
        "neutral",
    ),
    (
        "Honestly this is the most honest founder retrospective I've read. He doesn't blame the market, or the investors, or the pandemic. He says he hired friends instead of the people the company needed, avoided hard conversations for a year, and ran out of money while the product was still 'almost ready'. The last paragraph, where he says he's glad he did it anyway and would do it again with different mistakes, got me. Rooting for whatever he does next.",
        "positive",
    ),
    (
        "Has anyone actually gotten the offline mode to work? I followed the steps in the documentation, enabled the service worker, cleared everything, went offline, and got a blank page. Same on two browsers. The issue tracker has a thread about it from three months ago with no response from the team, just thirty people saying 'same here'. I don't want to be negative about an open source project, but the landing page advertises offline support as a headline feature, and at this point it feels like false advertising.",
        "negative",
    ),
    (
        "The specific mechanism they propose is that the bacteria break down a compound in fibre into short-chain fatty acids, mainly butyrate, which the cells lining the colon use as fuel. Without enough of it, the lining becomes more permeable. It's a plausible pathway and has support from animal studies, but as the authors themselves note, the human data so far is mostly correlational.",
        "neutral",
    ),
    (
        "Stories like this are why I still love this industry despite everything. A fourteen-year-old in a small town finds a vulnerability in a major messaging protocol, reports it responsibly, the maintainers take her seriously, fix it, credit her by name, and she ends up giving a talk at a conference. No gatekeeping, no 'who are you', just good work recognized as good work.",
        "positive",
    ),
    (
        "> this is why you should always use UUIDs as primary keys\n\nSure, if you enjoy random inserts scattering across your B-tree and your index being three times the size. Time-ordered IDs fix most of that, but blanket advice like 'always use UUIDs' is how people end up with a 40GB index on a 10GB table and no idea why writes are slow. Context matters. Please stop posting absolutes.",
        "negative",
    ),
    (
        "Random anecdote: in the late 90s I worked at a small ISP in a rural area and our entire uplink was a pair of bonded ISDN lines. When the town's only school got its first computer lab, we had to schedule their 'internet hour' so it didn't overlap with the bank's nightly batch transfer. The principal would phone me to ask if it was safe to start. Reading about rural broadband still being an issue decades later, I don't really know what to feel.",
        "neutral",
    ),
    (
        "The prose in this post is wonderful. 'Every cache is a bet that the future will look like the past' is going straight into my next design doc. Honestly the whole thing reads like someone who has been paged at 3am enough times to have developed a philosophy about it.",
        "positive",
    ),
    (
        "I read the linked paper and the summary in the article is pretty misleading. The study found that the drug reduced a biomarker, not that it improved outcomes. Those are very different things, and plenty of drugs have moved biomarkers beautifully while doing nothing for patients or making things worse. It's frustrating because the researchers were careful in the paper itself, with a whole paragraph on limitations, and the journalist just skipped it to write 'cure' in the headline.",
        "negative",
    ),
    (
        "Worth noting that the game engine in question was originally written for a single console generation, which explains a lot of the design decisions criticized in the post. The fixed memory pools, the lack of dynamic allocation after load, the custom scripting language: all of that made sense on hardware with 32MB of RAM and no virtual memory. It's less that the developers were bad and more that the constraints changed and the codebase didn't.",
        "neutral",
    ),
    (
        "I was skeptical when my team picked up type hints in our Python codebase, it felt like ceremony. Eighteen months later I'm a convert. The number of 'NoneType has no attribute' errors in production has dropped to basically zero, onboarding is faster because new people can read function signatures, and refactoring doesn't feel like defusing a bomb anymore. The article undersells it if anything.",
        "positive",
    ),
    (
        "Every single one of these 'why I left big tech' posts has the same structure. Paragraph one: I was paid absurd amounts of money. Paragraph two: but I felt empty. Paragraph three: now I do woodworking and run a newsletter about leaving big tech. Paragraph four: subscribe. I'm genuinely glad the author is happy but I wish we could retire the genre.",
        "negative",
    ),
    (
        "The orbital mechanics of the return are interesting. Because the capsule comes back from the Moon it enters the atmosphere at around 11 km/s rather than the 7.8 km/s of a return from low orbit, so the heat shield has to handle roughly twice the energy per kilogram. The skip-entry profile they describe is meant to spread that heating out and give more precise control over the landing point.",
        "neutral",
    ),
    (
        "This project is a beautiful example of doing one thing well. No plugin system, no cloud sync, no AI assistant. It converts file formats, fast, and the error messages tell you exactly what went wrong and which line. I donated to the maintainer after reading the changelog. Please don't ever add a subscription.",
        "positive",
    ),
    (
        "Our CTO read an article very much like this one and decided we should adopt event sourcing for the entire platform. We're a company that sells appointment booking software to dentists. Two years later we have an event store nobody fully understands, projections that take nine hours to rebuild, and a standing meeting called 'event schema council'. The original problem we were trying to solve was an audit log. An audit table would have done it.",
        "negative",
    ),
    (
        "Interesting that the author doesn't mention the sampling rate. At 8 kHz you lose everything above 4 kHz, which is where most of the consonant information lives, so comparing accuracy on phone-call audio with accuracy on podcast recordings isn't really apples to apples. The model might be fine; the comparison just doesn't tell us much either way.",
        "neutral",
    ),
    (
        "My grandmother taught in a one-room school in the mountains for thirty years. She'd have loved this article, especially the part about older students teaching younger ones. She always said she learned more from watching a ten-year-old explain fractions to a seven-year-old than from any teacher training. I'm going to print it for my mum.",
        "positive",
    ),
    (
        "I love how every crypto thread eventually reaches the point where someone earnestly explains that the real innovation is a shared database that a few large companies control. Yes. We had those. They were called banks.",
        "negative",
    ),
    (
        "Can anyone who's run this in production comment on memory usage? The docs say 'low memory footprint' but our staging instance sits at about 2.5GB idle with a small dataset, and I'm trying to figure out whether that's expected or whether we've misconfigured something. Running the default config, single node, about 500k documents.",
        "neutral",
    ),
    (
        "This thread has convinced me to finally try Zig for my hobby projects. The comptime explanations above were really clear, thank you to everyone who took the time.",
        "positive",
    ),
    (
        "> Open source maintainers should just say no more often\n\nThey do. And then they get called toxic in a blog post that hits the front page. There's no winning. Say yes to everything and you burn out; say no and you're gatekeeping. I stepped down from a project last year after a 'no' on a feature request turned into a week of harassment in my email and on social media. The feature would have doubled the maintenance surface for a use case one company had.",
        "negative",
    ),
    (
        "Quick historical note: the term 'bug' predates computers by quite a bit. Engineers were using it for mechanical and electrical faults in the 1870s. The famous moth taped into a logbook in 1947 was funny precisely because the word was already in common use.",
        "neutral",
    ),
    (
        "As someone who moved from a big city to a small town when remote work became possible, I'll offer a different view than most here. I love it. I know my neighbours, I can walk to the river, my rent is half what it was. Yes, the internet dropped twice last winter and yes, there's one restaurant. I don't miss the city at all, and my work is better because I'm not exhausted all the time.",
        "positive",
    ),
    (
        "The author spends four paragraphs explaining why the new framework is more 'ergonomic' and never once shows a side-by-side comparison with the old way of doing it. I'd love to believe them. But a post that's mostly adjectives and one hello-world example isn't an argument, it's marketing copy with a code block.",
        "negative",
    ),
    (
        "Some numbers since people are asking: the cluster is 24 nodes, each with 2x 32-core CPUs, 512GB RAM and 8 NVMe drives. Peak ingest is about 1.2 million events per second. Retention is 30 days hot, 1 year cold on object storage. The whole thing costs roughly what two senior engineers cost per year.",
        "neutral",
    ),
    (
        "Thank you for not calling this 'a new paradigm'. It's a nice incremental improvement to an existing algorithm, clearly explained, with honest benchmarks. That is exactly the kind of work that actually moves things forward and it so rarely gets attention. Really enjoyed reading it.",
        "positive",
    ),
    (
        "Reading the comments here from people who've never lived near a high-rise telling people who live near them what density feels like. Genuinely exhausting.",
        "negative",
    ),
    (
        "My experience differs a bit. I've been running that distro on a ten-year-old laptop for three years, with the same desktop environment mentioned in the article, and suspend/resume has worked every single time. Maybe it's hardware specific? My wifi card is one of the older Intel ones, which might matter.",
        "neutral",
    ),
    (
        "I was an early employee at a company that did almost exactly what the article describes — gave everyone equal equity vesting and full salary transparency. It worked beautifully for about three years while we were under 40 people. Debates were open, nobody played politics over pay, and I've never trusted a leadership team more. It got harder as we grew and had to hire senior people from outside who expected market-rate negotiation. But even now, looking back, it was the best place I ever worked, and I'd take a pay cut to work somewhere like that again.",
        "positive",
    ),
    (
        "The comparison in the article between the energy use of AI training and the energy use of a small country is technically accurate and almost completely meaningless. Small countries vary by orders of magnitude, and the number in question is a one-off training run, not ongoing use. I'm actually concerned about energy use in this space, but arguments this sloppy make it easy for people to dismiss the whole concern.",
        "negative",
    ),
    (
        "Did they ever explain why the first two prototypes were scrapped? I remember a blog post about vibration problems but it was taken down.",
        "neutral",
    ),
    (
        "A friend of mine has worked as a dispatcher for the regional power grid for twenty years. I sent her this article and she said it's the first piece by a journalist she's read that gets the frequency stuff right. High praise from her.",
        "positive",
    ),
    (
        "The author claims the startup 'bootstrapped to profitability', but two paragraphs later mentions the founders' 'friends and family round' of 1.5 million. That's not bootstrapping. That's having rich friends.",
        "negative",
    ),
    (
        "You can actually reproduce this at home with a cheap laser pointer, a hair and a wall a few metres away. The diffraction pattern from the hair lets you calculate its thickness to within a few microns, which is a nice physics experiment for kids.",
        "neutral",
    ),
    (
        "Genuinely one of the kindest maintainers I've interacted with. I submitted a terrible first PR years ago, tests broken, formatting wrong, and instead of closing it she walked me through fixing every piece of it over a week of comments. I've contributed to open source ever since because of that.",
        "positive",
    ),
    (
        "I'll believe the battery claims when I see a third-party test. Every year some startup claims 'double the density at half the cost' and every year the product ends up five years away. Again.",
        "negative",
    ),
    (
        "Second-order effect nobody seems to be discussing: if the rate cut goes through, a lot of the variable-rate mortgages in that market reset in the next six months. That affects household spending far more directly than the headline number does.",
        "neutral",
    ),
    (
        "I love the idea of 'boring technology' but the article's list of approved tools is basically 'whatever the author used at their last job'. Half of those were trendy and controversial ten years ago. Boring is relative, and the piece would be stronger if it acknowledged that.",
        "neutral",
    ),
    ("ngl this made me want to go back and finish my compilers course project from 2016", "positive"),
    (
        "the docs site has been down for two days and the official response is a tweet saying 'we're aware'. aware of what, that your product has no docs?",
        "negative",
    ),
    ("What's the failure mode if the leader node dies mid-commit? The post covers the happy path only.", "neutral"),
    ("Pretty sure that chart is in log scale, which changes the story quite a bit.", "neutral"),
    ("cool demo. shame it requires an account, a credit card and a phone number to try it", "negative"),
    ("🚀 🚀 🚀 what a launch. four years of delays and it went up flawlessly", "positive"),
    ("Nice. Been waiting for native Wayland support for ages.", "positive"),
    (
        "Oh wonderful, a mandatory 'AI assistant' in my text editor that I can't turn off. Exactly what I asked for.",
        "negative",
    ),
    ("Submitted a bug report about this in March, it's still marked 'needs triage'.", "negative"),
    (
        "The dataset is about 14TB uncompressed, just so people know before they try to download it on a hotel wifi.",
        "neutral",
    ),
    (
        "Whoever made the interactive diagrams in this post, thank you. I finally understand how a Bloom filter can give false positives but never false negatives.",
        "positive",
    ),
    (
        "I don't think the author understands what 'serverless' means. You still have servers. You just get billed for them differently, and debug them never.",
        "negative",
    ),
    (
        "Is this the same team that built the old image compression library? The naming conventions look very familiar.",
        "neutral",
    ),
    ("mods can we get the title fixed, the original says 'may', not 'will'", "neutral"),
    ("Good on them for publishing the salary bands in the job post. More companies should.", "positive"),
    ("This reads like it was written by someone who's never had to support a product after launch.", "negative"),
    (
        "I run a small bakery and use the open source version of this for inventory. The maintainers answered my (very non-technical) question on the forum within hours. Lovely people.",
        "positive",
    ),
    (
        "The half-life of carbon-14 is about 5,730 years, which is why radiocarbon dating stops being useful after roughly 50,000 years. Beyond that there's too little left to measure reliably.",
        "neutral",
    ),
    ("honestly the best part of the whole conference was the hallway track. the talks were fine", "neutral"),
    (
        "Three different teams at my company have now built their own internal 'platform'. None of them talk to each other. We have three deploy pipelines, three secrets managers and three on-call rotations for what is functionally the same thing. Every time someone proposes consolidating, a VP asks for a business case, the business case takes a quarter to write, and by then there's a fourth platform. I'm starting to think the article is right that platform teams are an organizational smell, not a technical solution.",
        "negative",
    ),
    (
        "What surprised me most when I first read the original 1970s paper on this was how modern it felt. The authors anticipated almost every objection people raise today, including the performance concerns, and handled them in a few paragraphs. It's short, too, about twelve pages. Highly recommend reading the primary source rather than the many summaries of it, including this one, which is good but flattens some of the nuance.",
        "positive",
    ),
    (
        "> Why didn't they just use a message queue?\n\nThey did, originally. Section two explains that the queue became the bottleneck at about 50k messages/sec because every consumer had to acknowledge individually, and the broker couldn't keep up with the ack traffic. The new design batches acknowledgements, which is what cut the broker CPU by 70%.",
        "neutral",
    ),
    (
        "I spent my twenties working at startups that promised equity would make it all worth it. The total value of all my vested options across five companies, after exits and down rounds and one liquidation preference that ate everything, is zero. Not approximately zero. Zero. So when an article like this one explains cheerfully that early employees are 'owners', I'd just ask that it also explain what a 3x participating preference is, because nobody explained it to me until it was too late.",
        "negative",
    ),
    (
        "The reason this matters for urban heat islands is albedo plus thermal mass. Dark asphalt absorbs most incoming sunlight and releases it slowly at night, so cities stay several degrees warmer than surrounding countryside after sunset. Tree canopy helps both by shading the surface and through evapotranspiration. Lighter pavement helps with the first but can increase reflected heat on pedestrians during the day, which is the trade-off the article only partly addresses.",
        "neutral",
    ),
    (
        "Honestly, I came in ready to hate this because the title sounded like clickbait, but it's a thoughtful, well-sourced piece. The author clearly spent time talking to actual nurses rather than hospital administrators, and it shows. The section on how scheduling software made shift swaps harder rather than easier was eye-opening. Changed my mind on a couple of things.",
        "positive",
    ),
    (
        "The amount of times I've seen a 'temporary' cron job become load-bearing infrastructure. At my last place there was a script called fix_orders_tmp.sh that ran every five minutes and had been running since 2017. Nobody knew exactly what it fixed. Once someone disabled it during a migration and within an hour the warehouse couldn't ship anything. We never did find out why; we just turned it back on and put a comment in the crontab that said DO NOT TOUCH.",
        "neutral",
    ),
    (
        "I'm a physician and I want to thank the author for how carefully this is written. It distinguishes between relative and absolute risk, it explains confidence intervals without condescension, and it says clearly where the evidence is weak. I spend a lot of my clinic time undoing the damage from health articles that do none of this. I'll be sending patients a link.",
        "positive",
    ),
    (
        "No, the Great Wall is not visible from orbit with the naked eye. It's long but only a few metres wide and roughly the same colour as the surrounding terrain. Astronauts have been pretty consistent on this.",
        "neutral",
    ),
    (
        "I've been using the new version for a week and every single thing I relied on has been moved, renamed, or hidden in a menu. The keyboard shortcuts changed. The export format changed. The settings file from the old version doesn't import. I understand that redesigns happen, but there's no migration guide, no changelog beyond 'improved user experience', and the forum thread asking for the old layout was locked by a moderator. Going back to the previous release and pinning it.",
        "negative",
    ),
    (
        "A bit of background for people outside the field: in most of Europe, a PhD student is an employee with a salary and pension contributions, whereas in some other places they're a student receiving a stipend. That difference explains a lot of the disagreement in this thread about whether the pay described is 'low'.",
        "neutral",
    ),
    (
        "I know people like to dunk on PHP but our whole company runs on it and it's been fine. Better than fine really, the modern versions are fast, the type system is decent, and deployments are boring in the best way. It pays my mortgage and I sleep at night.",
        "positive",
    ),
    (
        "The 'ten times engineer' discourse is back, and once again nobody can define what they're measuring. Lines of code? Features shipped? Incidents avoided? The best engineer I've ever worked with had the lowest commit count on the team because she spent most of her time stopping the rest of us from building the wrong thing. Any metric that would have ranked her as a 0.5x engineer is a bad metric.",
        "negative",
    ),
    (
        "For anyone interested, the original dataset is public on the national statistics site, and you can reproduce the chart in the article with about 20 lines of pandas. I did and got the same numbers, except that the 2020 value is slightly off because they seem to have used the preliminary figure rather than the revised one.",
        "neutral",
    ),
    (
        "Ok this is genuinely the funniest commit message history I've ever seen. 'fix', 'fix again', 'actually fix', 'i hate timezones', 'revert i hate timezones', 'timezones are fine actually', 'no they are not'. A whole emotional arc.",
        "positive",
    ),
    (
        "My team spent two sprints adopting the state management library the article recommends. It's clever, it's fast, and it made the simple things we do every day noticeably more complicated. Every new hire now needs a week to understand the data flow, and our bug count on the frontend went up. We're ripping it out next quarter. I'm sure it works great for an app with hundreds of screens. We have eleven.",
        "negative",
    ),
    (
        "The reason the old-growth forest in the story stores so much more carbon than the replanted plots isn't just tree size. Most of the carbon in those systems is in the soil and the dead wood on the ground, which takes centuries to accumulate. Planting new trees after clear-cutting starts that clock again from near zero, which is why the ecologists quoted argue protection beats replanting for carbon purposes.",
        "neutral",
    ),
    (
        "I've been burned by so many 'local-first' note apps that turned out to be cloud-first with a cache, so I was ready to be cynical. But this one really does store everything as plain files in a folder I choose, syncs with whatever I want, and the app is fully usable offline. Been using it for four months. It's exactly what it says on the tin, and that's become rare.",
        "positive",
    ),
    ("Imagine raising 80 million dollars to build a calendar app.", "negative"),
    (
        "You'd want to check whether the default isolation level is read committed or repeatable read on your version. That changes whether the anomaly described in the post can happen at all.",
        "neutral",
    ),
    (
        "This is such a good idea. We've had a 'failure Friday' at my work for a year now where someone presents a mistake they made, and it's done more for team trust than any offsite.",
        "positive",
    ),
    (
        "I'm going to be the person who says it: the article is right about the problem and wrong about the solution. Yes, technical debt is crushing many teams. No, a 'debt sprint' every quarter doesn't fix it; it teaches the business that debt is a separate thing engineers do for fun instead of part of the work. The teams I've seen actually dig out of debt did it by building the cleanup into every feature, twenty percent at a time, and never asking permission.",
        "neutral",
    ),
    (
        "The two deep space probes launched in the late 1970s are still sending data with around 20 watts of transmit power from more than 20 billion kilometres away. The received signal at Earth is something like a billionth of a billionth of a watt. Every time I read about the deep space network I'm a little amazed all over again.",
        "positive",
    ),
    (
        "The 'unlimited PTO' policy at my last job meant that nobody took more than a week in a row, because nobody knew what was acceptable, and managers who took long holidays got quietly passed over for promotion. When I left there was no payout for unused leave, because technically there was no balance. It's a policy that sounds generous and works in the company's favour almost every time.",
        "negative",
    ),
    (
        "Here's a neat trick I learned from an old sysadmin: before any destructive command on a production box, type it with a # in front first. Read it. Then remove the #. Has saved me at least twice.",
        "neutral",
    ),
    (
        "The piece conflates 'economics' with 'whatever the author's preferred politics are' and then acts surprised when economists disagree. There are legitimate critiques of the mainstream models, and heterodox economists make them far better than this. Instead we get a few anecdotes and a strawman of what 'economists believe'.",
        "negative",
    ),
    (
        "I worked at a research station in Antarctica for a winter as the IT person. Our internet was a satellite link shared by forty people, roughly the speed of dial-up, with a half-second latency. Email was batched twice a day. People read paper books, played cards, and talked to each other. The article's description of the isolation is accurate, but it misses how much we laughed. It was one of the best years of my life.",
        "positive",
    ),
    ("Is the 2x speedup on the same hardware? The previous post used a different instance type.", "neutral"),
    (
        "Funny how 'we're moving to an annual subscription to better serve our users' always coincides with a price increase of 40%.",
        "negative",
    ),
    (
        "Solid write-up. One thing I'd add for people trying this at home: set a low TTL on the DNS record a day before you switch, not on the day. Caches are slower to forget than you think.",
        "positive",
    ),
    (
        "The hospital in question switched EHR systems last spring. The rollout was delayed twice and the old system was decommissioned in October.",
        "neutral",
    ),
    (
        "My first job out of university was maintaining a COBOL payroll system for a regional government. Everyone told me it was a career dead end. Twenty-two years later I'm still getting recruiter emails, my rate is higher than most of my friends in web development, and the code I maintain runs the pensions of 200,000 people without complaint. I'm not saying everyone should learn COBOL. I'm saying 'dead' technology is often just technology that works and doesn't need a blog post.",
        "positive",
    ),
    (
        "That benchmark is comparing their optimized build against the other project's debug build. It's in the footnote. Sloppy at best.",
        "negative",
    ),
    (
        "Interesting thread. I think both sides are partly right: static typing catches a class of bugs early, and dynamic languages let you explore faster. Which matters more depends on the project's lifespan and team size. I don't have a strong feeling either way.",
        "neutral",
    ),
    (
        "Had my code reviewed by the author of this library once at a meetup. He spent half an hour with me, a total stranger, and showed me three things I still use daily. Glad to see him writing again.",
        "positive",
    ),
    (
        "I'd love to know who approved a dark pattern where the 'cancel subscription' button opens a chat with a retention bot that asks you to explain yourself four times.",
        "negative",
    ),
    (
        "Relevant detail from the filing: the company had about 14 months of runway at the end of last quarter, not counting the credit line.",
        "neutral",
    ),
    (
        "Counterpoint from someone who did a bootcamp in 2019: it worked out for me, but I had a degree in a related field, savings for six months, and a partner with a stable income. The bootcamp was maybe a third of why I got hired. I think these programs can be great, but the marketing never mentions how much depends on the cushion you bring with you.",
        "neutral",
    ),
    (
        "The code snippets in this post are screenshots. Of a dark theme. With a tiny font. Can't copy them, can't read them on mobile, and the alt text just says 'code'.",
        "negative",
    ),
    (
        "Learning Haskell didn't make me use Haskell at work, but it completely changed how I write TypeScript. This article captures that well.",
        "positive",
    ),
    (
        "The section on how ancient Roman concrete self-heals is fascinating. Lime clasts in the mix react with water seeping through cracks and form calcium carbonate that seals them. Modern researchers reproduced it in the lab only recently.",
        "positive",
    ),
    (
        "Did anyone else get a '403 forbidden' when trying to access the preprint? Looks like the server might be rate-limiting after the traffic from this thread.",
        "neutral",
    ),
    (
        "Love that the company's solution to 'engineers are burned out' is a meditation app subscription and a pizza Friday. Meanwhile on-call is still one person for the whole platform.",
        "negative",
    ),
    (
        "The reason the interest rate matters so much for startups specifically is discounting. A company valued on profits expected ten years from now is extremely sensitive to rates, because those future cash flows get discounted much more heavily when rates rise. Mature companies with profits today feel it much less. That's a big part of why late-stage valuations fell so sharply in 2022 while boring profitable businesses barely moved.",
        "neutral",
    ),
    (
        "I sincerely hope the people who wrote this documentation are paid well. Every page has a working example, a 'common mistakes' section, and a link to the source. It's a pleasure.",
        "positive",
    ),
    (
        "Another 'we're sunsetting the free plan' email today. That's the third tool this year. I'm running out of places to keep my side project.",
        "negative",
    ),
    (
        "Minor correction: the Haber-Bosch process uses an iron-based catalyst, not platinum. Platinum is used in the Ostwald process for making nitric acid from ammonia.",
        "neutral",
    ),
    (
        "I'm not sure this counts as 'killing' a bug. They wrapped it in a try/except and logged it. The bug is very much alive, just quieter.",
        "negative",
    ),
    (
        "Happy to see the new compiler error messages. I've been writing this language for ten years and used to need a search engine for every template error. Now they actually point to my mistake.",
        "positive",
    ),
    (
        "How are they planning to handle the thermal load in vacuum? Radiators on the ISS are massive, and the proposed data centre in orbit would need far more cooling.",
        "neutral",
    ),
    (
        "I interviewed at the company in this article last year. Six rounds over five weeks. The 'culture fit' round was with a co-founder who spent forty minutes talking about his sailing hobby and five minutes asking whether I'd be comfortable working weekends 'during crunch periods', which, he added, was most periods. I withdrew. Reading now that they've 'reinvented the employee experience' is quite something.",
        "negative",
    ),
    (
        "The simplest way I've found to explain public-key cryptography to non-technical people is the padlock analogy. You hand out open padlocks to anyone who wants one. Anyone can snap a padlock shut on a box, but only you have the key that opens it. A signature is the reverse: you lock something with your private key and anyone with your public key can check that only you could have done it. It's not perfect, but it gets people to the right intuition in about two minutes.",
        "neutral",
    ),
    (
        "This is the best argument for keeping the humanities in engineering programs I've read. Not because 'engineers should be well-rounded' but because the specific skill of reading a text closely, noticing what it assumes and what it leaves out, is exactly the skill you need to read a requirements doc or a vendor contract. I did a minor in philosophy almost by accident and it's been more useful in my career than half my CS electives. Lovely essay.",
        "positive",
    ),
    (
        "> You can just use a VPN to protect your privacy\n\nYou've moved your trust from your ISP to a VPN company, most of which are owned by a small number of holding companies with opaque histories. Sometimes that's a good trade, for example on public wifi or in a country with heavy censorship. But the way these products are marketed, as if they make you anonymous, is misleading, and recommending them as a blanket solution isn't great advice.",
        "neutral",
    ),
    (
        "I've been on this forum since the early days and I remember when launch threads were full of people asking how the thing worked, offering to help test, sharing related projects. Now every launch thread is a competition to find the fatal flaw in under five minutes. Somebody spent two years building this. Maybe the first comment could be something other than 'why not just use X'. I don't know, maybe I'm just getting old.",
        "negative",
    ),
    (
        "The thing about this migration story that rings true is the part about the 'long tail'. The first 80% of services moved over in three months. The last 20% took a year and a half, because each one had some weird dependency: a hardcoded IP, a library that only built on the old OS, a batch job owned by a team that no longer existed. Every big infrastructure change I've been part of has looked exactly like this.",
        "neutral",
    ),
    (
        "I had the pleasure of taking a course from the author of this textbook twenty years ago. She taught thermodynamics the way other people tell stories: every equation had a history, a person who got it wrong first, and an experiment that settled it. I still remember her explaining entropy with a deck of cards and a very dramatic shuffle. So glad to see a new edition, and the free online version is a gift to students who can't afford the print one.",
        "positive",
    ),
    (
        "The article treats 'the algorithm' as a single evil entity making decisions, which makes for nice prose and terrible analysis. Recommendation systems are a pile of models, business rules, A/B tests and human policy choices, each made by specific people under specific incentives. If you want accountability you need to name those choices. Blaming 'the algorithm' lets every person involved off the hook, which is precisely what the companies would prefer.",
        "negative",
    ),
    (
        "Some rough numbers for context: a typical heat pump delivers about 3 units of heat per unit of electricity in mild weather, dropping to maybe 2 in very cold conditions. A gas boiler is about 0.9. So even on a grid that's still mostly fossil, heat pumps usually come out ahead on emissions; the question in most places is upfront cost and whether the house is insulated well enough to run low flow temperatures.",
        "neutral",
    ),
    (
        "When I started my first job, my manager told me, 'Your job is not to write code. Your job is to make the problem go away. Sometimes that involves code.' It took me years to understand what he meant. This post is the long version of that sentence, and I wish I'd read it at 22. Sharing with my team.",
        "positive",
    ),
    (
        "I'm genuinely worried about what happens to the open web if search keeps heading this way. Small sites like mine used to get maybe 300 visitors a day from people searching for very specific woodworking questions. Now the search page shows a generated answer built from my content with no link, and my traffic is down by three quarters. I'm not going to keep writing detailed guides for nobody. And I'm not the only one — half the blogs I used to read have gone quiet this year.",
        "negative",
    ),
    (
        "Two things that often get missed in these discussions about housing: first, the construction cost per unit in mid-rise buildings is much higher than in either houses or high-rises in many jurisdictions, because of code requirements around stairs and fire separation. Second, land value is usually the biggest factor in a city centre, not construction cost. So 'just build more' is correct but the type and location of what gets built matters a lot for affordability.",
        "neutral",
    ),
    (
        "What a pleasant surprise. I expected a puff piece about a new programming language, and instead got a thoughtful essay from the designer about every trade-off they made and why, including the ones they now regret. The section on error handling, where they explain why they rejected exceptions and then admit the alternative has made some code verbose, is exactly the kind of honesty I want from language designers. I'm going to give it a try this weekend.",
        "positive",
    ),
    (
        "Let me tell you about the time our company decided to 'build a data culture'. We bought a BI tool with a six-figure contract. We hired a head of data. We had a kickoff where the CEO said 'data is the new oil'. Eighteen months later there are 400 dashboards, about six of which are looked at regularly, and every important decision is still made the way it was before: whoever is most confident in the room wins. The head of data left in month fourteen.",
        "negative",
    ),
    (
        "For people asking why the telescope needs to be so cold: it observes in infrared, and anything warm glows in infrared. If the mirrors and instruments were at room temperature, they'd be far brighter than the faint distant galaxies it's trying to see. So there's a sunshield that keeps the cold side below about 50 kelvin, and one instrument has its own cryocooler to get even colder.",
        "neutral",
    ),
    (
        "I just want to say how nice it is to read a thread about a controversial topic where people disagree and stay civil. I learned a lot from the exchange between the urban planner and the traffic engineer above. Neither convinced the other, but both explained their reasoning clearly. This is what the internet was supposed to be.",
        "positive",
    ),
    (
        "> Just write better commit messages\n\nI've been on four teams that adopted a commit message convention. Every time, it held for about two months before people went back to 'wip' and 'fix tests'. The conventions that actually stuck were the ones enforced by tooling that blocked the merge. Culture is great, but linters don't get tired on a Friday evening.",
        "neutral",
    ),
    (
        "I read the whole 60-page report so you don't have to. The headline finding, that remote teams had 'significantly lower innovation', is based on counting patent filings at a handful of large firms. Patents. As a proxy for innovation across all knowledge work. The authors acknowledge this in a footnote on page 47 and then ignore it in the executive summary that every journalist quoted. I'm honestly annoyed I spent my evening on it.",
        "negative",
    ),
    (
        "I had a similar experience switching from a traditional university course to self-study with open courseware. The first few months were rough without deadlines. What made it work for me was finding three other people online going through the same material and doing a weekly call where we each explained one problem. It's interesting that the article's data points to the same thing: it's the cohort, not the content.",
        "neutral",
    ),
    (
        "Honestly this is one of the most useful tools I've come across this year. I maintain a bunch of old shell scripts at work and this linter caught about a dozen quoting bugs in the first run, two of which could have deleted the wrong directory given a filename with a space. Ten minutes to set up in CI. Can't recommend it enough.",
        "positive",
    ),
    (
        "There's something deeply funny about a productivity startup announcing it's 'taking a step back to reflect' three weeks after a launch that promised to save users ten hours a week. Maybe they could use the ten hours to reflect.",
        "negative",
    ),
    (
        "On the question of whether this counts as a new species: the researchers base it on both morphology and genetic distance, which is the usual standard. The specimens differ from their nearest known relative in about 4% of the mitochondrial sequence they examined, and the two populations are separated by a mountain range that hasn't been passable for them for an estimated two million years.",
        "neutral",
    ),
    (
        "I was one of the volunteers who helped digitize the archive mentioned in the article. Hundreds of us, over about three years, transcribing handwritten ship logs so climate scientists could use the weather observations. Seeing the data actually show up in a published reconstruction of 19th-century storms is really, really satisfying. If you ever wondered whether those citizen science projects matter: they do.",
        "positive",
    ),
    (
        "The article says that the framework 'eliminates boilerplate'. It moved the boilerplate into seven decorators and a config file with its own schema language. That's not elimination, that's relocation.",
        "negative",
    ),
    (
        "My understanding is that the legal question isn't settled yet. Two courts have ruled differently on whether scraping publicly accessible pages violates the terms of service in a legally binding way, and the appeal is expected next year. Until then most companies are assuming the more restrictive reading.",
        "neutral",
    ),
    (
        "I've been a nurse for fifteen years and moved into health IT about four years ago. I want to say this post got the clinician's perspective right in a way that almost nothing in this space does. The part about alert fatigue, where a doctor sees so many warnings that they click through all of them including the one that matters, is exactly what I saw on the wards every day. Thank you for listening to the people who actually use these systems.",
        "positive",
    ),
    (
        "I have spent the last four days trying to get this library to work with our build system. The official docs are for a version two majors ago. The examples repository doesn't compile. The community chat has a pinned message saying 'docs are being rewritten' dated last year. Every answer I find online starts with 'this changed in the latest version'. I'm sure it's brilliant software. I wouldn't know.",
        "negative",
    ),
    (
        "Historical aside: the first transatlantic telegraph cable in 1858 worked for about three weeks before failing. The operators had tried to push the signal through by raising the voltage to around 2,000 volts, which degraded the insulation. A working cable wasn't laid until 1866, after a lot of physics about signal propagation got worked out by a handful of physicists on both sides of the ocean.",
        "neutral",
    ),
    (
        "This is such a kind and practical post. As someone who became a manager by accident and spent the first year terrified, the advice about 'say the hard thing early and kindly' would have saved me a lot of grief. I'm printing the section on one-on-ones.",
        "positive",
    ),
    (
        "I keep seeing people in this thread say the new tax rule will 'kill' the startup ecosystem. It won't. It changes the treatment of R&D expenses so they're amortized over five years instead of deducted immediately. That hurts cash flow for companies that are profitable on paper but spending heavily on engineering, which is a real and specific problem. Most early-stage startups aren't profitable and don't pay income tax anyway. Accuracy matters if you want the rule changed.",
        "neutral",
    ),
    (
        "I really appreciate that this article acknowledges the people who did the work. Every other outlet credited 'the company'. This one names the four engineers who spent a year on the protocol, and quotes them. Small thing, big difference.",
        "positive",
    ),
    (
        "Lol at 'we take your security seriously' in the breach notice. You stored passwords in plain text. In 2024.",
        "negative",
    ),
    (
        "Regarding the question above about why the compiler can't optimize this away: it's because the function pointer could alias memory the loop writes to. Adding restrict (or the equivalent in your language) tells the compiler it's safe, and then it vectorizes fine. It's a common gotcha.",
        "neutral",
    ),
    (
        "I was a teaching assistant in an introductory programming course last semester, and the change since generative tools arrived has been dramatic. Students who turn in perfect assignments can't explain a for-loop in office hours. The ones who struggle honestly learn much more. I don't blame the students, the incentives push them that way. But when the article says the tools are 'democratizing' programming, I have to disagree. From where I stand, they're making it easier to look like you've learned something without learning it.",
        "negative",
    ),
    (
        "There's a subtle point in the linked paper that the summary glosses over. The researchers didn't measure sleep directly; they measured time in bed from a phone sensor and inferred sleep from inactivity. That works reasonably at a population level but is known to overestimate sleep in people who lie awake, which might be the exact group most affected by the intervention. Doesn't invalidate the result, just makes me want to see it replicated with actigraphy.",
        "neutral",
    ),
    (
        "I've lurked here for years but had to comment: I own a very small hardware shop, fifteen employees, and last year we switched our entire inventory and ordering system to an open-source ERP like the one in this post. It took three months of evenings and a local consultant. Our licensing costs dropped to zero and for the first time I actually understand how my own system works. Support the maintainers. I do, every month.",
        "positive",
    ),
    (
        "So the big reveal is that the 'autonomous' delivery robots are remotely driven by operators in another country for most of their route. Where have I heard that before.",
        "negative",
    ),
    (
        "Not sure why people are surprised the battery degrades faster when charged to 100% every night. Lithium-ion cells age faster at high states of charge and high temperatures. Most EVs let you set a limit of 80% for daily use for exactly this reason.",
        "neutral",
    ),
    (
        "Love this. My daughter is nine and we built the weather station from part one of the series together last month. She's now checking the humidity log every morning before school and making predictions. The author's instructions were clear enough that neither of us got stuck.",
        "positive",
    ),
    (
        "We just got an email that our contract is 'moving to a usage-based pricing model'. I ran the numbers. Our bill goes from 800 a month to roughly 5,000. Nothing else changes. Same features, same support (such as it is). We have 60 days. Fantastic.",
        "negative",
    ),
    (
        "The distinction the author misses is between latency and throughput. Their optimization cut average latency but increased tail latency at the 99th percentile, because batching means some requests wait for a batch to fill. Whether that's a good trade depends on whether your users notice the slow ones.",
        "neutral",
    ),
    (
        "Really well-balanced piece on nuclear. It doesn't pretend the waste problem is solved and it doesn't pretend it's unsolvable. The comparison with how other industries store hazardous waste was genuinely illuminating for me. More science journalism like this, please.",
        "positive",
    ),
    (
        "Every article about 'the future of work' is written by someone whose work is writing articles about the future of work.",
        "negative",
    ),
    (
        "Q for anyone who's done this: what's the best way to handle schema migrations when you have dozens of instances of the same database, one per tenant? Run them all at deploy time, or lazily on first access?",
        "neutral",
    ),
    (
        "The way this author writes about maths is such a treat. Proof by picture, then the algebra, then a short paragraph about who discovered it and what they got wrong. I got through the whole thing on my lunch break and I haven't enjoyed reading about number theory this much since school.",
        "positive",
    ),
    (
        "I work at a mid-sized bank and I can tell you the 'legacy core system' the article mocks handles more transactions a second than most of the shiny fintechs combined, on hardware older than some of their engineers. It isn't pretty. It's 40 years of business rules encoded in code nobody fully understands. But the tone of the article, that banks are just too dumb to modernize, misses that a failed migration means people can't buy groceries. We're careful for a reason.",
        "negative",
    ),
    (
        "Minor point: the photo caption says it's the northern lights over Iceland, but the EXIF data on the original puts it in northern Norway. Doesn't matter for the article, just in case anyone was planning a trip based on it.",
        "neutral",
    ),
    (
        "Took the plunge and moved my home server from a hodgepodge of scripts to a declarative OS config after reading a post like this last year. The learning curve was steep, not going to lie. But being able to rebuild the whole machine from one file in fifteen minutes after a disk died last month felt like magic.",
        "positive",
    ),
    (
        "Another 'we've built an AI that replaces lawyers' launch. Can't wait for the first time someone's lease gets hallucinated.",
        "negative",
    ),
    (
        "I think it depends on what 'scale' means for you. If it's requests per second, a single well-tuned box goes a long way. If it's team size, you'll hit organizational limits with a monolith before technical ones. The article is mostly about the second case but frames it as the first.",
        "neutral",
    ),
    (
        "I'm not a programmer, I'm a retired librarian, but I found this explanation of how search engines rank pages wonderfully clear. It reminded me of how we used to think about citation indexes. Thank you for writing for people like me too.",
        "positive",
    ),
    (
        "The most depressing line in the article is the one where the researcher says she spends 40% of her time writing grant applications, most of which are rejected. We train people for a decade to do science and then make them do paperwork.",
        "negative",
    ),
    (
        "Quick summary for those who don't want to read the whole 10,000-word post: they moved from a polling architecture to push-based updates, cut server load by about 60%, and had to write a custom reconnection strategy because mobile networks drop websockets constantly. The rest is implementation detail.",
        "neutral",
    ),
    (
        "I was on the team that got paged for this incident. Reading the public postmortem is a strange experience. It's accurate, and fair, and they didn't throw anyone under the bus, which I'm grateful for. But 'a configuration change propagated to all regions' doesn't capture the four hours we spent watching graphs go to zero while the change we'd already reverted kept propagating from a cache we didn't know existed. Anyway. I'm proud of how the team handled it, and proud of the writeup.",
        "positive",
    ),
    (
        "The article confuses correlation with causation so thoroughly it should be a textbook example. Cities with more coffee shops have higher incomes. Therefore coffee shops cause prosperity. Come on.",
        "negative",
    ),
    (
        "To answer the question about why the tides are different on opposite sides of the same bay: the shape of the basin can create resonance. If the natural sloshing period of the bay is close to the tidal period, the tides amplify, which is why some bays have 15-metre tides and others nearby have one metre.",
        "neutral",
    ),
    ("this is the way", "positive"),
    ("Came here to say exactly this.", "positive"),
    ("so it's a spreadsheet", "negative"),
    ("source?", "neutral"),
    ("The link is dead, here's an archived copy: https://example.org/archive/2931", "neutral"),
    ("bookmarking this for the next time my manager asks why estimates are hard", "positive"),
    ("can't believe this got past code review tbh", "negative"),
    ("Same thing happened to us with the 2.x upgrade, had to pin the minor version.", "neutral"),
    ("wait, they're charging for dark mode now?", "negative"),
    ("Beautiful typography on this blog, by the way.", "positive"),
    ("Title is a bit misleading, it's an alpha not a release.", "neutral"),
    ("This aged well 🙃", "negative"),
    ("I've read this three times and still not sure what the product does.", "negative"),
    ("Kudos to the person who found this, that's some serious debugging.", "positive"),
    ("any plans for a windows build?", "neutral"),
    ("imo the second half of the article is much stronger than the first", "neutral"),
    ("ok the part about the intern and the production database made me snort coffee", "positive"),
    ("They've been 'revolutionizing education' for twelve years now. Test scores haven't noticed.", "negative"),
    ("It's 1.21 gigawatts, not 1.21 megawatts. Important difference if you're trying to get back to 1985.", "neutral"),
    ("Thank you! This fixed my issue. I'd been stuck for two days.", "positive"),
    (
        "Started using it at work after the last thread here. The team is genuinely happier. Deploys went from 'brace yourselves' to 'eh, push it'.",
        "positive",
    ),
    ("Reminder that the last company that promised 'lifetime' licences went under in two years.", "negative"),
    ("Does the free tier include API access?", "neutral"),
    ("\"It's not a bug, it's emergent behaviour\" — our PM, unironically, last Tuesday.", "negative"),
    ("Neat. The Go version is about twice as fast on my machine, fwiw.", "positive"),
    (
        "The figure in the abstract is from the 2019 cohort, the later cohorts are in the supplementary tables.",
        "neutral",
    ),
    (
        "I'm sorry but if your app needs 600MB of RAM to show me a list of my notes, something has gone wrong somewhere.",
        "negative",
    ),
    ("Honest question, not trolling: what does this do that a cron job and a shell script don't?", "neutral"),
    (
        "Really hope this gets merged upstream. It's a huge quality of life improvement for anyone on a slow connection.",
        "positive",
    ),
    (
        "The whole 'hustle culture' thing in startups always struck me as a way to get people to do two jobs for one salary and call it passion.",
        "negative",
    ),
    (
        "This guy has been writing about distributed systems since before most of us knew the term. Always worth reading.",
        "positive",
    ),
    (
        "Pretty sure the original quote is from a 1960s engineering memo, not the person the article attributes it to.",
        "neutral",
    ),
    (
        "I used to work in a lab that did exactly this kind of mouse study, and the thing the article leaves out is how much depends on the specific strain. We had an effect that was huge in one inbred line and completely absent in another, with the same diet, same housing, same everything. It took us a year to figure out it was linked to differences in gut microbiome between suppliers. So when a press release says 'X cures Y in mice', my first question is always: which mice, from where?",
        "neutral",
    ),
    (
        "> we need to move away from passwords\n\nI would love to. Then I tried setting up passkeys for my parents across their phone, tablet and an old laptop. Two hours, three different prompts that all looked like phishing, and one account lockout later, my mum wrote her password on a sticky note 'just in case'. The technology is good. The experience of getting normal people onto it is dreadful, and articles like this one never seem to talk to anyone over sixty.",
        "negative",
    ),
    (
        "I came into this thread expecting the usual fight about whether economics is a science, and instead found two people from central banks politely explaining how the models are actually used in practice. Neither claimed they were perfect. Both explained exactly where they break down. Genuinely one of the best threads I've read here in a while.",
        "positive",
    ),
    (
        "The part that stuck with me is the description of how the library's original author handed it over. He wrote a long document explaining every design decision, listed the parts he was unhappy with, and stayed available for questions for a year. The new maintainers say that document is the reason the project survived. I've been through three handovers where the outgoing person left a README with two lines and a wiki page that hadn't been updated since 2016. There's a lesson there about what we value in engineering.",
        "positive",
    ),
    (
        "Every generation of developers discovers that the network is not reliable, latency is not zero, and bandwidth is not infinite. This article is the 2024 edition. It's fine. Just a bit strange to see it presented as a new insight.",
        "negative",
    ),
    (
        "For context, the region has had a drought for three years, and the reservoir levels mentioned are about 30% of capacity. The desalination plant in the article would supply roughly a fifth of the city's needs when complete, at a significantly higher cost per cubic metre than the current sources.",
        "neutral",
    ),
    (
        "I was sceptical of this when it was announced but have to admit it's grown on me. The new package manager resolves dependencies in seconds instead of minutes and the lockfile format is readable. Still a few rough edges around private registries, but the team seems responsive.",
        "positive",
    ),
    (
        "I went to the city council meeting about the new bike lanes. Two hours of public comment. Roughly forty people spoke, and I'd guess three quarters were against, mostly worried about parking and delivery access. The council voted to approve anyway. The local paper's article on it is linked above and is pretty accurate about what was said.",
        "neutral",
    ),
    (
        "We're a four-person company. Our investor insisted we hire a 'VP of Growth'. He spent the first month building a 'growth framework' slide deck and the second month asking for a budget. We let him go in month four. The framework is still on our shared drive. Nobody has opened it.",
        "negative",
    ),
    (
        "I think you're both talking past each other. One of you means 'AI' as in the current large language models, the other means any system that learns from data, which would include spam filters from twenty years ago. Both claims can be true under their own definitions.",
        "neutral",
    ),
    (
        "The bit where the author calls the old codebase 'a cathedral built by people who never met' is perfect. That's every ten-year-old enterprise app I've ever touched. Each room made sense to whoever built it.",
        "positive",
    ),
    (
        "I genuinely don't understand how someone can write 3,000 words about hiring 'top talent' without once mentioning salary.",
        "negative",
    ),
    (
        "Worth noting the vulnerability requires local access and a specific kernel config. Serious, but not a 'patch everything tonight' situation for most setups.",
        "neutral",
    ),
    (
        "My spouse and I both went fully remote in 2020 and moved to be near her parents. Our kids see their grandparents three times a week now. I don't care what any productivity study says, that's been worth more to us than anything.",
        "positive",
    ),
    (
        "Another framework, another 'getting started' guide that assumes you've already set up their CLI, their cloud account, their auth provider and their particular flavour of monorepo. Just show me the code.",
        "negative",
    ),
    (
        "Re: the question about storage temperatures — the vaccine is stable at fridge temperatures for about a month, but long-term storage needs ultra-cold freezers at around -70°C. That was the main logistical challenge in rural areas early on.",
        "neutral",
    ),
    (
        "Such a good call to include the failed experiments in the appendix. It saves the next person months.",
        "positive",
    ),
    (
        "I love that 'the community' is invoked in every corporate open source announcement and then the community gets no say in the roadmap, the governance, or the licence change eighteen months later.",
        "negative",
    ),
    (
        "Yes, I believe the regulation only applies to companies above a certain revenue threshold. Small firms are exempt for the first two years.",
        "neutral",
    ),
    (
        "The best engineering manager I had did something simple that I've never seen anyone else do: at the end of every quarter, she'd send each of us a short email listing specific things we'd done that she'd noticed and appreciated. Not performance review language, just 'the way you handled the migration rollback on the 14th was calm and it settled the whole team down'. I have kept every one of those emails. This article made me think of her.",
        "positive",
    ),
    (
        "Let me save everyone some time. The startup in this article has: a celebrity angel investor, a waitlist of '50,000 people', no public pricing, and a product that is a wrapper around someone else's API. It'll be acquired for the team or quietly shut down within two years. I've seen this pattern a dozen times and I'd bet real money on it.",
        "negative",
    ),
    (
        "The reason ice floats is actually unusual. Most substances are denser as solids, but water molecules form a hexagonal lattice when they freeze that holds them further apart than in the liquid. That's also why lakes freeze from the top down, which matters a lot for the fish.",
        "neutral",
    ),
    (
        "Such a refreshing change from the usual 'learn to code in 30 days' material. The author is upfront that it took them three years of evenings, that they nearly quit twice, and what specifically got them unstuck. That's the kind of honesty that actually helps people.",
        "positive",
    ),
    (
        "I was hoping this would be about the actual engineering of the bridge, but it's mostly quotes from the mayor and a photo gallery. There's one line about the cable stays. One.",
        "negative",
    ),
    (
        "Our team evaluated both options. We went with the first one mainly because it had better support for our existing message broker. Performance was within a few percent in our tests. I wouldn't read too much into the benchmark differences.",
        "neutral",
    ),
    (
        "It's astonishing how much the reviewers managed to get wrong in the paper's first round. They asked for an experiment the authors had already done, in Figure 2. Peer review as practised is a lottery.",
        "negative",
    ),
    (
        "I run a small online shop and had no idea about the accessibility issues in my checkout until I read this. Spent the afternoon fixing the form labels and button contrast. A customer who uses a screen reader emailed me the same evening to say thanks. Genuinely made my week.",
        "positive",
    ),
    (
        "The real lesson of the post, I think, is in the last section and it's not about the database at all. The team spent six weeks optimizing a query that ran once a night, while the actual user-facing slowdown was a missing index on a table nobody had looked at. I've done exactly that. Everyone has. We optimize what's interesting rather than what's slow, and the fix is boring: measure first, then work on what the measurements say.",
        "neutral",
    ),
    (
        "Tried to contact support about a double charge. The chatbot offered me an article about resetting my password. Three times. There is no human option. There is no email address. There is a 'community forum' where the last official reply was in 2022.",
        "negative",
    ),
    (
        "This post deserves way more attention. The author reverse-engineered a 1980s arcade board's sound chip from die photos alone and then wrote an emulator that's cycle-accurate. It's an incredible piece of work, clearly explained.",
        "positive",
    ),
    (
        "Anyone know of a good alternative that doesn't require a Java runtime? I'd like to avoid installing one on these machines.",
        "neutral",
    ),
    (
        "The tone of some of these replies to a first-time open source contributor is really disappointing. He made a mistake in the PR description. You don't need to be a jerk about it.",
        "negative",
    ),
    (
        "For people confused by the title, 'cold fusion' here is being used ironically. The article is about a different, well-established technique called muon-catalyzed fusion, which does work but consumes more energy than it produces.",
        "neutral",
    ),
    (
        "I've been running that tiny static site generator for my blog for five years now. Single binary, no dependencies, builds in under a second. Nothing exciting has happened to it in that time, which is exactly what I want from a tool.",
        "positive",
    ),
    (
        "The claim that 'nobody reads documentation' is self-fulfilling. Nobody reads your documentation because it's wrong. Fix it and people read it.",
        "negative",
    ),
    (
        "Fun fact: the first webcam was set up in a university computer lab in 1991 to monitor a coffee pot, so people didn't walk down the hall to find it empty.",
        "neutral",
    ),
    (
        "As a frontend developer, I'm really happy to see browsers finally converge on this. For years we needed three hacks and a polyfill to do what's now a single CSS property. This is a good day.",
        "positive",
    ),
    (
        "The piece is frustrating because it's half right. Yes, the venture model distorts what kinds of companies get built; yes, a lot of useful small businesses can't get funding because they'll never be unicorns. But then the author concludes that VC should be 'abolished', without any suggestion of what would fund the genuinely risky hardware or biotech companies that can't bootstrap. You can't replace an entire financing system with a vibe.",
        "negative",
    ),
    (
        "Another data point: our team's on-call load dropped by about half after we introduced the error budget policy described here, mostly because product managers started to see reliability work as something with a measurable payoff. It took about six months to see the effect.",
        "neutral",
    ),
    (
        "I just want to point out how nice the tone of the maintainer's response was in the linked issue. User came in hot, calling the project 'abandoned garbage'. Maintainer replied patiently, asked for logs, found a real bug, fixed it, and thanked them. I'd have lost my temper.",
        "positive",
    ),
    (
        "I think the study is interesting but the sample was drawn from people who already used the app for meditation, so the effect on general users might be quite different. The authors mention this in the discussion.",
        "neutral",
    ),
    (
        "Working at a 'mission-driven' company taught me that 'mission-driven' often means 'we'll pay you less and expect you to feel grateful for the privilege'.",
        "negative",
    ),
    (
        "I teach an undergrad course on the history of science and I'm going to assign this. It covers the Copernican model without the usual hero narrative, explains why the geocentric system was a reasonable belief given the evidence of the time, and shows how long the transition actually took. Students always come in thinking people in the past were stupid. This piece shows that they weren't.",
        "positive",
    ),
    (
        "The thing nobody in these 'learn Rust' threads mentions is compile times. Our medium-sized service takes 7 minutes for a clean build and about 40 seconds for an incremental one. That's a real cost to the feedback loop, especially for people used to interpreted languages. I still think it was the right choice for us, but it's a trade-off, not a free lunch.",
        "neutral",
    ),
    (
        "We had a vendor who charged per 'seat', and then reclassified read-only dashboard viewers as seats. Our bill tripled on a Tuesday. No email, no notice, just a new line item. We moved off within the quarter.",
        "negative",
    ),
    (
        "As someone who grew up in a town where the main employer was a coal mine, I really appreciated that the article talked to people there instead of about them. The transition stuff is hard and personal, and the writer treated it that way.",
        "positive",
    ),
    (
        "The API returns a 200 with an error message in the body. I've seen this pattern in three separate vendor APIs this year alone and I'm starting to think it's a conspiracy.",
        "negative",
    ),
    (
        "If you're getting that segfault on startup, check whether you're linking against two different versions of the SSL library. That was the cause in every case reported in the issue tracker so far.",
        "neutral",
    ),
    (
        "It warms my heart that a project started by one person in their spare time now runs on millions of routers and they're finally being paid to work on it full-time. Well deserved.",
        "positive",
    ),
    (
        "I've been a solo maintainer of a date-handling library for about seven years, and I want to offer a more optimistic perspective than most of this thread. Yes, there are entitled users. But the majority of my interactions have been lovely. People send thank-you emails, a company I'd never heard of sponsored me for two years without asking for anything, and a handful of contributors have become real friends. I've met three of them in person. The bad interactions are louder, but there are far fewer of them. I'd do it all again.",
        "positive",
    ),
    (
        "The argument in the article boils down to: 'this language is bad because it has a feature I misused once.' Every language has features you can misuse. I've seen horrifying code in every language I've worked in, including the one the author is recommending instead. By the third paragraph it was clear this was a grudge post dressed up as analysis, and the comments praising it as 'brave' are bizarre to me. There is nothing brave about disliking a popular language on the internet.",
        "negative",
    ),
    (
        "Some background on the dispute since people seem confused. The project was started at a university, then spun out into a company that employed most of the core developers. Last year the company changed the licence for new versions to one that restricts hosting it as a service. A group of contributors forked the last openly licensed version and set up a foundation. Both versions are now maintained separately and have started to diverge in features.",
        "neutral",
    ),
    (
        "I'm an engineer on a satellite team and I can't tell you how happy it made me to see this article explain reaction wheels properly. Most coverage treats attitude control as magic. This one explains conservation of angular momentum, why the wheels saturate, and why we still need thrusters or magnetorquers to dump that momentum. I'll be sending it to my family, who have asked me what I do for a living for nine years.",
        "positive",
    ),
    (
        "I read the product launch post twice looking for what it actually does. Here's the full list of verbs I found: 'empower', 'unlock', 'reimagine', 'supercharge', 'streamline'. I still don't know. There's a video, but it's two minutes of people smiling at laptops in a bright office with a soundtrack. The pricing page says 'contact us'. I'm going to guess it's a form builder.",
        "negative",
    ),
    (
        "The main reason the tunnel costs so much more per kilometre than comparable projects abroad isn't the digging. The comparison studies point to station design, with oversized caverns and mezzanines, plus slow procurement with a lot of consultants between the agency and the contractors. Tunnel boring itself is fairly similar in cost everywhere. That's also where the biggest savings would be, if the political will existed.",
        "neutral",
    ),
    (
        "Gotta say, this is a really satisfying debugging story. The timeline from 'users report random logouts' to 'clock skew on one load balancer node caused token validation to fail for requests that hit it' is exactly the kind of thing you only find by someone being stubborn. Great writeup and very readable.",
        "positive",
    ),
    (
        "At my previous company we had a rule that every new feature needed a feature flag. Sounds sensible. Three years later we had 1,400 flags, about 900 of which were permanently on and nobody dared remove because the code paths had drifted apart. Testing any change meant reasoning about a combinatorial explosion of states. The article celebrates flags as 'decoupling deploy from release' and never mentions cleanup once. That omission is where all the pain lives.",
        "negative",
    ),
    (
        "I did a quick back-of-the-envelope check on the energy claim. A typical electric kettle uses about 0.1 kWh to boil a litre. The article says each query uses 'as much energy as boiling a kettle', which would be 0.1 kWh per query, and most published estimates are one to two orders of magnitude lower. Maybe they meant something else, but as written the comparison doesn't hold.",
        "neutral",
    ),
    (
        "I worked for this founder at his first company. People in the comments are calling him arrogant based on the interview, and I get why, he can come across that way. But he's also the only CEO I've worked for who, when we had to lay people off, personally called every single one of them, negotiated extra severance out of the board, and spent the next month writing referrals. I'd work for him again without hesitating.",
        "positive",
    ),
    (
        "I'm a bit tired of the argument that people who object to surveillance 'must have something to hide'. I close the bathroom door. I don't shout my salary on the bus. Privacy isn't about guilt, it's about having control over who knows what about you, and the article's dismissive tone about 'privacy activists' really grates. The author even admits they've never read the data broker's terms.",
        "negative",
    ),
    (
        "When I started as a junior, the senior on my team would answer my questions with another question, which drove me crazy at first. 'What did the logs say?' 'What did you expect to happen?' 'What changed since it last worked?' A year in I realized I was asking myself those questions before I asked him. The article's section on mentoring describes exactly that approach. It's slow and it works.",
        "positive",
    ),
    (
        "A few corrections from someone who works in grid operations. The blackout wasn't caused by 'too much solar'. It started with a fault on a transmission line, and the protection systems then tripped a series of other lines in a cascade. Low system inertia may have made frequency fall faster, which is still being investigated, but the official preliminary report doesn't assign blame to any single generation type.",
        "neutral",
    ),
    (
        "Six months at a company that makes a 'developer experience' platform, and I've never seen worse developer experience in my life. Our own internal tooling was a graveyard of half-finished scripts. The local environment took a full day to set up. We had a Slack channel called #help-my-laptop-is-on-fire. The irony was not lost on anyone, including the CEO, who joked about it at every all-hands and then changed nothing.",
        "negative",
    ),
    (
        "The article mentions the 'Dunning-Kruger effect' but the original paper's findings are more nuanced than the popular version. Some researchers have argued the pattern partly reflects regression to the mean and the statistical properties of self-assessment measures. The effect probably exists in some form, but the meme that 'stupid people think they're smart' oversimplifies it quite a lot.",
        "neutral",
    ),
    (
        "I really, really like this approach to onboarding. We adopted something similar a year ago: every new hire ships a small real change to production on day one, with a buddy, and writes down every point of confusion they hit. Then they fix one of those points in week two. Our docs have improved more in a year than in the previous five, and new people say they feel useful immediately.",
        "positive",
    ),
    (
        "Ah yes, 'we're pausing hiring to focus on efficiency' one quarter after 'we're hiring aggressively to capture the opportunity'. Whoever does the strategy at these places must be exhausted.",
        "negative",
    ),
    (
        "I spent a summer in the 1990s working at a particle physics lab as a student, and the thing I remember most is that the physicists spent almost all their time debugging. Detector calibration, data acquisition, cable maps, software that crashed when a particular channel saturated. The physics was maybe five percent of the day. When I later became a software engineer, I felt weirdly at home. The article's description of the Higgs analysis captures some of that, the years of mundane checking behind every headline result.",
        "neutral",
    ),
    (
        "Such a thoughtful essay on why the old mailing lists worked so well for open source. The point about threads having a natural end, and being searchable decades later, is something I hadn't considered. I miss them a little more now.",
        "positive",
    ),
    (
        "I really want to like this project. The idea is great, the demo is slick. But it's been 'launching next month' for eleven months, and the founder's replies to questions in the community channel have gotten increasingly defensive. Backers who've asked for a refund are being told to 'trust the process'. I've seen enough crowdfunded hardware to know how this ends, and it isn't with a product in my hands.",
        "negative",
    ),
    (
        "To the person asking about the difference between the two consensus algorithms: in practice they're very similar. The newer one was designed to be easier to understand, separating leader election, log replication and safety into distinct pieces, whereas the classic one is famously difficult to implement correctly. Performance is comparable; most people choose based on library availability.",
        "neutral",
    ),
    (
        "I've volunteered at a community repair café for five years and the right-to-repair article made me smile. Every month we fix toasters, lamps, laptops, and the occasional sewing machine. People are always astonished that the thing can be opened at all. The new rules on spare parts availability will make a real difference to what we can save. Small victory, but a real one.",
        "positive",
    ),
    (
        "The blog post announcing the 'community edition' is a masterpiece of corporate writing. It says 'we remain deeply committed to open source' four times. It also removes clustering, SSO, audit logs and backups from the free version, which are the features anyone running it in production needs. They're not committed to open source. They're committed to a funnel.",
        "negative",
    ),
    (
        "From memory, the original design document specified a maximum of 256 concurrent connections per node, and that constant is still hardcoded in one place in the networking code. It was discussed on the mailing list a few years ago but nobody picked it up.",
        "neutral",
    ),
    (
        "Can we talk about how wonderful the footnotes are in this essay? Every single one is a small bonus story. The one about the 18th-century clockmaker who sued his apprentice for stealing a gear design is going to live in my head rent free.",
        "positive",
    ),
    (
        "The study in this article is being shared everywhere as 'proof' that open offices are bad. I hate open offices as much as anyone. But the study measured face-to-face interaction, using badges, in two companies that moved to open plans, and found it dropped. That's interesting. It doesn't tell us anything about productivity, wellbeing or output, which is how it's being described in nearly every headline. We should hold studies we agree with to the same standard.",
        "neutral",
    ),
    (
        "One of the hardest things I've done in my career was tell a founder that the product he'd spent three years on had a fundamental flaw that would prevent it from ever passing medical certification. He'd raised on the promise. I'd been hired to get it through. He listened, thanked me, and spent the next week planning how to wind things down and return what was left to investors. I have a lot of respect for that. The article is about his next company and I'm rooting for it.",
        "positive",
    ),
    (
        "Sure, 'just learn the fundamentals'. I'll tell that to the hiring managers who filter for five years of experience in a framework released three years ago.",
        "negative",
    ),
    (
        "Minor nit: the first code example has a race condition if two requests arrive before the cache is populated. Probably fine for the blog post, but worth a comment for people who copy it.",
        "neutral",
    ),
    (
        "My whole team read this in our weekly learning session and it led to the best discussion we've had in months. Two of the seniors disagreed strongly about the section on code ownership and we spent an hour on it. Nobody changed their mind but everyone left understanding the other side. Good articles do that.",
        "positive",
    ),
    (
        "It's depressing that the article treats burnout as an individual problem to be solved with better sleep hygiene and 'boundaries'. I had great boundaries. I was also the only person on call for a system with a pager that went off four times a night. Boundaries don't fix staffing.",
        "negative",
    ),
    (
        "The question of whether the universe's expansion rate differs depending on how you measure it, the so-called Hubble tension, is still open. Measurements from the early universe give about 67 km/s/Mpc, measurements from nearby supernovae give about 73. Both teams have checked for systematic errors extensively. It might be new physics, or it might be an error nobody has found yet.",
        "neutral",
    ),
    (
        "As a parent of a kid with dyslexia, I was so glad to read an article about educational software that actually included people with learning differences in the design process. The text-to-speech feature and the adjustable spacing make a huge difference for my son. He read a whole chapter book on his own last month, first time ever.",
        "positive",
    ),
    (
        "Whenever a startup says it's 'disrupting' an industry, I check whether it's disrupting the industry or just the labour laws. It's usually the second.",
        "negative",
    ),
    (
        "For anyone trying to reproduce this: the model in the article uses float16 weights but the reference implementation loads them as bfloat16. You'll get slightly different outputs that look like a bug but aren't.",
        "neutral",
    ),
    (
        "Hats off to the city for publishing the full traffic data behind their decision, not just the summary. I spent a fun evening with it and the conclusions hold up.",
        "positive",
    ),
    (
        "Here's my bet: in five years, half the 'prompt engineer' job titles will have been renamed, and the people holding them will be doing the same thing software engineers always did, reading logs and fixing edge cases. The hype around new job categories always fades once the work becomes routine.",
        "neutral",
    ),
    (
        "I loved reading about the 17th-century scholars who corresponded across Europe to compare astronomical observations. They would wait months for a letter, and still managed to build one of the first real scientific networks. The article made it feel like a group chat with very long latency.",
        "positive",
    ),
    (
        "The author admits they didn't test the claim on any real workload, just a synthetic microbenchmark, and then titles the post 'X is 10x faster than Y'. It isn't. Not in any way that would matter to someone choosing between them. This is how misinformation spreads in tech: a catchy headline and a footnote nobody reads.",
        "negative",
    ),
    (
        "Does anyone know whether the new API version supports batch requests? The migration guide mentions it in one place but the reference docs don't list the endpoint.",
        "neutral",
    ),
    (
        "This is how you do a product launch. A short video showing the actual product, a pricing page with numbers on it, a changelog, and a clear list of limitations. I trust them more for telling me what it can't do.",
        "positive",
    ),
    (
        "Six years of 'next year is the year of the Linux desktop' comments and here I am, still needing to reboot into another OS to print a document at my kid's school.",
        "negative",
    ),
    (
        "It's worth mentioning that the same researchers published a follow-up last year that narrowed the effect considerably. The original result held for one subgroup but not the population as a whole.",
        "neutral",
    ),
    (
        "I'm a nurse who retrained as a developer at 41. I was terrified I'd be the oldest person in every room, and I often was. But the team I joined treated me as a peer from day one, and my clinical background turned out to be genuinely useful on a healthcare product. To anyone reading this thinking they're too old to switch: you might not be.",
        "positive",
    ),
    (
        "It's kind of sad watching the company that built the editor I loved for a decade slowly turn it into a subscription platform with an 'AI sidebar'. I'm not even angry. I just miss what it was.",
        "negative",
    ),
    (
        "An interesting bit of trivia: the reason many programming languages use zero-based indexing goes back to pointer arithmetic in early systems languages. The index is an offset from the start of the array, so the first element is at offset zero.",
        "neutral",
    ),
    (
        "> this could have been a shell script\n\nSure, and my house could have been a tent. The script version doesn't handle retries, doesn't log, doesn't alert, and breaks the first time someone renames a directory. I've maintained those scripts. The 'overengineered' tool in the article exists because people got tired of being woken up by them.",
        "negative",
    ),
    (
        "The explanation of why the Mars helicopter's blades had to spin so fast was really good. The atmosphere is about 1% as dense as Earth's at the surface, so to generate enough lift they needed rotors spinning around 2,500 rpm, close to the speed of sound at the tips. Great article overall, loved it.",
        "positive",
    ),
    (
        "Three separate people in my network have told me this company's 'flexible work' policy means you can work from anywhere, as long as it's the office, five days a week.",
        "negative",
    ),
    (
        "For anyone curious, here's the sequence: the storage controller firmware had a bug that reported writes as durable before they were flushed. After a power loss, the database recovered to a state it believed was consistent but wasn't. The fix was a firmware update plus enabling write barriers, which cost about 15% in write throughput.",
        "neutral",
    ),
    (
        "I used to sneer at low-code tools until I watched our operations team build, in two afternoons, the internal tracking app we'd had on the engineering backlog for a year. It's not pretty and it won't scale to a thousand users. It doesn't need to. They're happy, we're happy, and I've become a lot more humble about what 'real' software is.",
        "positive",
    ),
    (
        "Let's be honest, nobody is going to read the 90-page terms of service, and the company knows it. The whole consent model is theatre at this point.",
        "negative",
    ),
    (
        "What was the sample size for the survey? The article quotes percentages but not the number of respondents.",
        "neutral",
    ),
    (
        "As someone who spent five years in academia and left, this essay on why postdocs leave research is painfully accurate and also weirdly comforting. It helped to see it laid out so clearly: the short contracts, the moving every two years, the feeling of failure for doing something completely rational. I'm happier now, and the essay made me feel less alone about the decision.",
        "positive",
    ),
    (
        "The problem isn't the technology, it's that the company rolled it out to every user at once with no gradual ramp, no kill switch and no rollback plan. I'd love to know who signed off on that, but I'll bet no one ever finds out.",
        "negative",
    ),
    (
        "The median time between a vulnerability being disclosed and the first exploit attempts in the wild has dropped a lot in recent years, from weeks to days in many cases, according to several incident response firms. That's why patch windows matter more than they used to.",
        "neutral",
    ),
    (
        "What I love about this project is that it's unashamedly weird. A text adventure engine written in a language nobody uses, with a custom parser, and a manual that reads like a 1980s magazine. It's clearly made by someone having a great time, and that joy comes through.",
        "positive",
    ),
    (
        "Yet another article claiming the four-day week 'doesn't work' that turns out to be one CEO's social media post with no data. Come on.",
        "negative",
    ),
    (
        "I can offer a slightly different data point. We moved from a monolith to about a dozen services over two years. Deployment frequency went up, incident rate went up too at first, then came down once we invested in tracing. Overall I'd call it a wash for a team our size, and I don't think I'd push for it again or against it.",
        "neutral",
    ),
    (
        "The thing that got me about this is the kid who found the asteroid. Fifteen years old, using a school telescope, processing images on a library computer. Astronomy is still one of the few sciences where amateurs make real contributions. Made me smile.",
        "positive",
    ),
    (
        "The article spends a paragraph mocking people who 'still use email for everything' and then recommends four separate chat apps, each with its own notification settings. I'll keep my email, thanks.",
        "negative",
    ),
    (
        "The transistor count comparison is a bit misleading because modern chips dedicate a large share of transistors to cache, which scales differently from logic. Comparing raw counts across generations doesn't directly translate into performance.",
        "neutral",
    ),
    (
        "This is a delightful hack. Using the audio jack of an old phone as a serial port to talk to a microcontroller is exactly the kind of thing I came to this forum for in the first place.",
        "positive",
    ),
    (
        "I've worked in venture for twelve years, and I don't recognize the world described in this piece. Partners don't sit around plotting to 'crush' founders. Most of the time we're trying to figure out which of the 30 companies in the portfolio needs help this week and whether we can raise the next fund. Are there bad investors? Sure. But the cartoon version here makes it harder for founders to have useful conversations about terms, which is the opposite of what the author says they want.",
        "negative",
    ),
    (
        "Small question about the numbers in the third table: are those latencies measured from the client or from the server? The difference matters for the conclusion about network overhead.",
        "neutral",
    ),
    (
        "My first reaction was 'oh no, another note-taking app', but the sync engine is actually novel and the paper explaining it is excellent. I take it back. This is good work.",
        "positive",
    ),
    (
        "Look, I'm glad they apologized. But 'we didn't anticipate that users would store sensitive data in a cloud storage product' is quite a sentence to put in a public statement.",
        "negative",
    ),
    (
        "It's worth remembering that the same predictions about automation were made in the 1960s, when economists debated a coming 'leisure crisis'. Employment shifted across sectors rather than disappearing. That doesn't mean this time will go the same way, but history suggests caution on both sides.",
        "neutral",
    ),
    (
        "I signed up for the beta after the last thread here and, honestly, it's lovely. The keyboard navigation is fast, the search is instant even on a big archive, and the developer replied personally to my feedback within a day. Small team doing careful work. Happy to pay for it.",
        "positive",
    ),
    (
        "The more I read about the rollout, the worse it gets. They sent the update to all devices at once. It bricked the older models. The recovery tool requires a newer model to run. You can't make this up.",
        "negative",
    ),
    ("Is there a recording of the talk anywhere? I couldn't attend and the slides alone are a bit sparse.", "neutral"),
    (
        "I wish every research group wrote blog posts like this one. Clear summary, plain-language explanation of the method, honest limitations, and the code and data linked at the bottom. It's a model of how to communicate science.",
        "positive",
    ),
    (
        "The site asked me to disable my ad blocker to read an article about online privacy. I appreciate the irony, if nothing else.",
        "negative",
    ),
    (
        "Not sure about the other points, but the claim about garbage collection pauses is outdated. Since the concurrent collector became the default a couple of versions ago, most workloads see pauses under a millisecond.",
        "neutral",
    ),
    (
        "I'm a structural engineer and I have to say the bridge failure analysis in this article is first-rate. It explains fatigue cracking and the inspection gaps in plain language and doesn't sensationalize. Rare to see this done so well in general press.",
        "positive",
    ),
    (
        "Reading the founder's 'lessons learned' post after the shutdown and noticing he doesn't mention the employees who weren't paid for the last month once.",
        "negative",
    ),
    (
        "The key insight of the paper, as I read it, is that the model's apparent reasoning ability drops sharply when the surface form of problems is changed but the underlying logic isn't. The authors interpret this as pattern matching rather than reasoning, though others in the field have disputed that framing.",
        "neutral",
    ),
    (
        "Spent years dreading Monday morning standups that went on for 45 minutes. New job, the standup is async in a thread, and we have one call a week to actually talk. I have never been this productive or this relaxed, and I didn't know work could feel like this.",
        "positive",
    ),
    (
        "I'm sure the board's decision to replace the founding CTO with someone from a consulting firm will work out great for the engineering culture.",
        "negative",
    ),
    (
        "The original trial had about 1,200 participants split between two arms, with a follow-up period of three years. The drug reduced the primary endpoint by roughly 18% relative to placebo.",
        "neutral",
    ),
    (
        "I remember the first time I saw a demo of this language's REPL at a meetup in 2012. Someone changed a running game's physics while it was playing. Still one of the coolest things I've seen on a laptop.",
        "positive",
    ),
    (
        "The framework's creator just announced a total rewrite with a new API. Again. Third time in five years. Our codebase is still on the second one.",
        "negative",
    ),
    ("Where are the servers physically located? The EU hosting question matters for some of our customers.", "neutral"),
    (
        "This is exactly right. Most of the 'slow database' problems I've been asked to fix were a missing index or an N+1 query, not the database.",
        "positive",
    ),
    (
        "It's genuinely impressive how the piece manages to discuss the housing shortage in the city for two thousand words without once mentioning zoning.",
        "negative",
    ),
    (
        "I'm an economist and I'd like to add one thing to the discussion above. The price elasticity estimates quoted in the article come from a period with very different interest rates, so they may not carry over. That's a common problem in applied work and the authors are careful to say so.",
        "neutral",
    ),
    (
        "I'm not crying, you're crying. The obituary for the old maintainer, written by the people who took over the project, is one of the most moving things I've read on a tech forum.",
        "positive",
    ),
    (
        "I was the second engineer at a company that got written up in an article almost exactly like this one, the 'scrappy team that beat the incumbents' kind. The article quoted the founders about our 'relentless culture'. What it didn't mention: three of the first eight engineers ended up on medical leave within two years, one of them hospitalized. The founders were lovely people in a lot of ways and I don't think they meant harm. But every time I see this genre of glowing profile I think about what it leaves out, and I feel a bit sick.",
        "negative",
    ),
    (
        "I need to vent a bit. We adopted the cloud provider's managed queue service because the sales engineer swore it would 'just work' at our scale. It does work, most of the time. But once a month or so, messages get delivered twice, sometimes an hour apart, and the documentation describes this as 'at-least-once delivery semantics' as though that's a feature I should have planned around. Which, fine, technically I should have. But nobody mentioned it in four pre-sales calls, and now we're retrofitting idempotency into twenty consumers.",
        "negative",
    ),
    (
        "With respect to the author, who clearly knows a lot about compilers, the section on memory safety is just wrong. Bounds checking doesn't 'double the runtime'. In modern compilers most checks get hoisted out of loops or eliminated entirely, and measured overhead on real programs is usually a few percent. Numbers like the ones in the article come from microbenchmarks written in the 90s. Spreading this stuff makes it harder to convince teams to adopt safer defaults, which is a shame.",
        "negative",
    ),
    (
        "The 'revolutionary' urban farming startup in this article raised forty million dollars to grow lettuce in shipping containers under LED lights. Let's do the maths that the journalist didn't. Sunlight is free. LEDs, climate control and shipping container real estate in a city centre are not. Lettuce sells for very little per kilo. Every vertical farm I know of that has tried this at scale has either shut down or pivoted to high-end herbs for restaurants. I'm not against the idea in principle, but the article reads like it was written from the press release.",
        "negative",
    ),
    (
        "What frustrates me about the 'just move to a cheaper city' advice in this thread is that it assumes your job is portable forever. I did exactly that in 2021, bought a house in a small town, and then my company announced a return-to-office mandate eighteen months later. Three days a week, four hours away. I now have a house I can't easily sell, a job that's slowly pushing me out, and a local job market with nothing in my field. Not everyone who moved was naive. Some of us were promised things.",
        "negative",
    ),
    (
        "I've been on the receiving end of 'we're restructuring to become an AI-first company' twice now. Both times, what it meant in practice was: cut the customer support team, replace them with a chatbot that answers about half of questions correctly, and then quietly rehire a smaller, cheaper support team six months later to handle the mess. The press release gets written. The savings get reported. The customers who waited three days for a human answer don't get mentioned anywhere.",
        "negative",
    ),
    (
        "The worst part of the article for me was the section claiming that 'developers just don't care about accessibility'. Most developers I've worked with care a lot. What they don't have is time in the sprint, designers who think about it from the start, or product managers who count it as a requirement instead of a nice-to-have. Blaming individual developers is easy and lets the people who set priorities off the hook. I expected better from this author, honestly.",
        "negative",
    ),
    (
        "I bought the 'lifetime' plan for this app three years ago, and today got an email announcing that lifetime users will be 'migrated to the new Essentials tier', which is missing half the features I paid for. To get them back I can subscribe at a 'special loyalty discount'. I've been a vocal fan of this app, recommended it to my whole team, wrote a blog post about it. I feel a bit foolish now.",
        "negative",
    ),
    (
        "Every few years someone writes a piece arguing that we should stop teaching handwriting, mental arithmetic or spelling because 'computers do it now', and every time I want to ask whether they've ever watched a child learn anything. The point of mental arithmetic isn't arithmetic. It's number sense, which you need to notice when your calculator is wrong. This article is the latest version of that argument and it's no more convincing than the last five.",
        "negative",
    ),
    (
        "Speaking as someone who's been doing ops for twenty years: the 'we never have outages because we use technology X' claims in this thread are going to age badly. You don't have outages until you do. Every system I've worked on that was 'rock solid' eventually had a bad day, usually caused by something nobody had thought of — a leap second, a certificate expiring, a vendor's DNS. The smugness in some of these comments makes me nervous on your behalf.",
        "negative",
    ),
    (
        "The part of this story that bugs me is how the journal handled it. The concerns about the data were raised publicly by two independent researchers almost two years ago. The journal's response was to ask the original authors to respond, accept their response, and move on. Only after a newspaper picked it up did anyone actually look at the raw files. By then the paper had been cited 400 times, including in two clinical guidelines. Science is supposed to be self-correcting but this is an awfully slow way to correct.",
        "negative",
    ),
    (
        "Reading the comments from founders here about how hard it is to find 'good engineers', while offering below-market salaries, tiny equity and a requirement to be in the office five days a week in one of the most expensive cities in the world. You're not facing a talent shortage. You're facing a price that you don't want to pay, and the market is telling you so, loudly, every time a candidate declines.",
        "negative",
    ),
    (
        "I appreciate the ambition of the project, but after an evening with it I'm not convinced. The install script wanted root, downloaded three other scripts from a domain that isn't the project's, and set up a background service that phones home every ten minutes. None of this is mentioned in the README. It may be completely harmless, but that's not how you earn trust from people who care about this stuff.",
        "negative",
    ),
    (
        "The author's central argument is that the Industrial Revolution happened in Britain because of 'a culture of innovation', but they never define what that is or how you'd measure it. Meanwhile coal deposits, high wages relative to energy costs, and colonial trade networks get a combined two sentences. It's not that culture doesn't matter. It's that it's being used here as a catch-all to avoid engaging with decades of economic history scholarship. Disappointing, because the writing itself is lovely.",
        "negative",
    ),
    (
        "I really want to thank whoever wrote this guide. I'm a biologist with no formal programming training, and for years I've been copy-pasting R scripts from labmates without really understanding them. This walked me through version control, writing functions, and testing in the context of actual data analysis, not abstract examples. Yesterday I found a bug in a script our lab has used for three years, and I knew how to fix it. That has never happened before.",
        "positive",
    ),
    (
        "I was skeptical of the 'write the docs first' approach when our tech lead suggested it for our new API. It felt like bureaucracy. Three months in, I'm converted. Writing the user-facing documentation before any code forced us to notice that two of the endpoints we'd planned didn't make sense from the caller's point of view, and we fixed the design while it was still just a document. The API shipped with docs that were actually correct, which has never happened on any project I've been on.",
        "positive",
    ),
    (
        "I'm a retired electrical engineer and I spent my career on power systems. It's so refreshing to see a younger generation so excited about the grid. When I started, nobody wanted to talk about transmission lines at parties. Now there are articles like this one explaining grid-forming inverters to a general audience, and the comments are full of people asking good questions. Makes me very hopeful about the energy transition, actually.",
        "positive",
    ),
    (
        "Can I just say how much I appreciate the maintainers for publishing the project's finances? Every donation, every expense, every hour paid to contributors, in a public spreadsheet updated monthly. I donate to a lot of open source and this is the only one where I know exactly where my money goes. It makes me want to give more, and I have. More projects should consider doing this.",
        "positive",
    ),
    (
        "I've been teaching high-school physics for about twenty years, and this is the first explanation of quantum entanglement for a general audience that I'd actually hand to students. It doesn't claim that information travels faster than light, it doesn't use the 'spooky' framing as a crutch, and the analogy with the pair of gloves is introduced and then carefully shown to be incomplete. That last step is what almost every popular article skips. Bravo to the author.",
        "positive",
    ),
    (
        "Our company tried the approach from this article, where each team owns its services end to end including on-call, after years of a separate ops team. I was worried it would be chaos. It was for about two months. Then something shifted: developers started writing better logs, adding health checks without being asked, and designing for failure because they were the ones getting paged. Our incident count is down by more than half. I'm a believer now.",
        "positive",
    ),
    (
        "This might be the most useful thing I've read all year. I'm a freelance developer and I've been underpricing my work for a decade, partly because I had no idea how to talk about value with clients. The section on writing proposals around outcomes instead of hours is exactly what I needed. I rewrote a proposal this morning using the template, sent it, and the client accepted at nearly double my usual rate without blinking.",
        "positive",
    ),
    (
        "What a wonderful rabbit hole. I started reading about why old maps had sea monsters on them and ended up two hours later on an archive of medieval ship logs. The author's link trail is so carefully curated that each step feels like a natural next question. I love when the web is like this. It reminds me of the early days of personal homepages with links pages that were actually worth clicking.",
        "positive",
    ),
    (
        "I joined a small open source project last year after seeing it mentioned in a thread here. I was nervous, since I'd never contributed to anything, but the maintainers have a 'good first issue' label that actually means good first issue, a contributing guide written for humans, and weekly office hours on a video call. I've now merged twelve PRs and I'm helping review other newcomers' work. If you've been thinking about contributing to something, this kind of project exists, and it's lovely.",
        "positive",
    ),
    (
        "I'm an urban planner and I was bracing for yet another article about how cities are doomed. Instead this is a careful, optimistic look at how mid-sized cities have changed their parking rules over the past decade and what happened next. The data is real, the examples are specific, and it doesn't pretend this is simple. I've already shared it with three colleagues and one city council member who's been on the fence.",
        "positive",
    ),
    (
        "I've been programming for almost thirty years, and every now and then a tool comes along that makes me feel like a beginner again, in the good way. This profiler is one of those. The flame graphs are interactive, it works on a running process without restarting, and it found a lock contention issue in our service within five minutes that we'd been guessing about for weeks. I'm genuinely excited to use it on everything.",
        "positive",
    ),
    (
        "Having spent a decade in a biology lab, I have to say this article about lab automation made me really happy. The tedious pipetting that ate up my twenties, the repeated plate reads at 2am, the transcription errors from handwritten notebooks, all of that is being handled by robots and a shared data system in the lab described here. The PhD students there get to spend their time thinking. That's how it should be.",
        "positive",
    ),
    (
        "Some context for people outside the US on the student loan discussion: in many European countries tuition is free or heavily subsidized, but students still borrow for living costs, and repayment is often tied to income. In England specifically, loans are written off after a fixed period, so many graduates never repay in full. That makes the system function more like a graduate tax than a conventional loan.",
        "neutral",
    ),
    (
        "To clarify the timeline since people are mixing things up: the vulnerability was reported privately in January, the maintainers released a fix in March, the public advisory went out in April, and the first exploitation in the wild was observed in June. The servers that were compromised had not applied the March update. Whether the disclosure window was appropriate is a fair debate, but the order of events isn't really in dispute.",
        "neutral",
    ),
    (
        "For anyone new to this debate, the two main positions are roughly these. One side argues that large models learn something like world models, because they can answer questions that weren't directly in their training data. The other argues they interpolate between training examples in high-dimensional space, and the apparent generalization comes from the sheer size of that data. Most researchers I know sit somewhere in between and think the answer depends heavily on the task.",
        "neutral",
    ),
    (
        "I worked on the billing system at a telecom for about six years. A lot of what the article describes about rounding and currency conversion matches my experience. One thing it doesn't mention is that we had to keep the old rounding rules for contracts signed before a regulatory change, so the code contained three different rounding implementations selected by contract date. Nobody found that strange after a while. It's just how billing systems end up.",
        "neutral",
    ),
    (
        "The paper's main result is that the intervention reduced absenteeism by about 6 percentage points in the treatment schools compared with control schools over one academic year. The effect was concentrated among students who had the highest absence rates at baseline. The authors note that they couldn't follow students who changed schools, which affected about 9% of the sample, and they ran several sensitivity checks on that.",
        "neutral",
    ),
    (
        "A few things to check if you're seeing the same memory growth: first, whether you're running with the default allocator or the alternative one, since the default fragments badly with this workload. Second, whether connection pooling is enabled, because each new connection allocates a sizeable buffer. Third, whether the query cache has a size limit; by default it doesn't. In our case it was the third, and setting a limit stabilized memory at around 1.2GB.",
        "neutral",
    ),
    (
        "My grandfather was a typesetter until the late 1970s, when phototypesetting replaced the hot metal process at his newspaper. He retrained as a proofreader and did that until retirement. He kept a box of lead type in the garage his whole life. I thought of him while reading this article about automation in publishing, and about how much of that transition happened without anyone writing about it at the time.",
        "neutral",
    ),
    (
        "Some numbers from our own migration, for comparison with the article. We moved about 3TB from one relational database to another over a weekend. Logical replication ran for two weeks beforehand to keep the target in sync. The actual cutover, with application downtime, was 22 minutes. The hardest part was sequences and a handful of stored procedures that used vendor-specific syntax, which took about a week to rewrite and test.",
        "neutral",
    ),
    (
        "The article is about the new rover, but the story I find interesting is the one in the last paragraph: the team kept the old rover's flight software in the new design and only changed about 20% of it. Reusing flight-proven code is standard practice in the space industry because every new line needs to be verified, and verification is slow and expensive. It's a very different culture from consumer software where rewrites happen constantly.",
        "neutral",
    ),
]
