"""Hand-written microblog-style posts for sentiment training.

Short-post social network content: personal updates, hot takes, replies, quote-posts,
live-posting, link shares, release notes from side projects, small-business
announcements, RT-style lines, headlines and bot stats. All names, handles, shops,
apps and towns are invented; links only point at example.com / example.org.
Labels are the author's own expressed feeling: negative / neutral / positive.
"""

POSTS = [
    ("finally got the sourdough to rise properly after 3 failed attempts. the crumb on this one 🥲🍞", "positive"),
    ("@marlowe_dev did you ever get the webhook retries working or did you just give up and poll", "neutral"),
    ("Day 4 of the new office chairs. My back has filed a formal complaint.", "negative"),
    (
        "Shipped v0.9 of tidepool tonight. Mostly bug fixes, one breaking change in the config loader, notes here: https://example.com/tidepool/releases/0.9",
        "neutral",
    ),
    (
        "the way this city builds a bike lane, paints it, and then lets delivery vans park in it for six years",
        "negative",
    ),
    (
        "Small thing but the barista at Copperleaf remembered my order after two visits and I've been smiling about it all morning",
        "positive",
    ),
    (
        "RT @harbourline_news: Council votes 7-2 to extend the Eastgate tram line to the hospital. Construction expected to begin in spring.",
        "neutral",
    ),
    ("hot take: most 'productivity systems' are just procrastination with a nicer font", "negative"),
    ("Kickoff in 10. Lineup unchanged from Saturday, Okafor back on the bench after the hamstring. #RovFC", "neutral"),
    (
        "GOAL. OKAFOR. FROM THE BENCH. I am screaming in a pub full of strangers and none of them mind #RovFC",
        "positive",
    ),
    ("we were 2-0 up at half time. two. nil. I'm going for a walk #RovFC", "negative"),
    (
        "Reminder: the Mill Lane market moves indoors from next Saturday until March. Same stalls, same hours, just warmer.",
        "neutral",
    ),
    ("anyone know if the 44 bus is still running on the diversion route or did that end", "neutral"),
    (
        "Nothing says 'we value your time' like a 45 minute hold music loop that is the same eight seconds of saxophone",
        "negative",
    ),
    (
        "Three years ago today I wrote the first line of what became Quillbox. Today we crossed 10k users. Still feels unreal. Thank you to every single person who filed a bug, sent a kind word, or just stuck around through the ugly early versions. I'm getting a cake.",
        "positive",
    ),
    ("> we're excited to announce our new pricing\n\nnarrator: nobody was excited", "negative"),
    (
        "Python 3 tip: dict ordering is guaranteed by the language since 3.7, you don't need OrderedDict for that anymore",
        "neutral",
    ),
    ("my cat has decided 4:50am is breakfast and there is no appeals process", "negative"),
    (
        "Honestly the best talk of #DevHarbour so far was the one about boring databases. Just a person calmly explaining why they kept Postgres for nine years and never regretted it. Packed room, zero hype. Slides: https://example.org/talks/boring-db",
        "positive",
    ),
    ("Slides from my talk are up: https://example.com/x7Gq2", "neutral"),
    (
        "Weather station #14 (Brackenmoor): temp 11.2°C, wind 23 km/h SW, rain 0.4mm last hour, pressure 1004 hPa falling",
        "neutral",
    ),
    ("lol they renamed the feature and put it behind the premium tier. same button. different colour.", "negative"),
    ("@juniper_reads this list is so good, I've already ordered two of them from the library", "positive"),
    (
        "Is it just me or has every recipe site become a 3000-word essay about someone's grandmother before you get to the flour quantity",
        "negative",
    ),
    (
        "BREAKING: Fire crews called to warehouse on Tollgate Road. Road closed between the roundabout and Fenn Street. No injuries reported so far.",
        "neutral",
    ),
    ("new keyboard arrived and I keep typing just to hear it. this is my personality now ⌨️", "positive"),
    (
        "Our bakery will be closed Monday 14th for a family event. Back Tuesday with cinnamon knots as usual 🥐",
        "neutral",
    ),
    (
        "Genuinely don't understand who the new dashboard redesign is for. Every metric I check daily is now two clicks deeper, the charts lost their axis labels, and the dark mode turned into grey-on-slightly-different-grey. I filed feedback through the little widget and got an auto-reply thanking me for my 'passion'.",
        "negative",
    ),
    (
        "TIL the tallest tree in our county is a Douglas fir planted in 1871 by a schoolteacher. It's 61 metres now.",
        "neutral",
    ),
    (
        "wrote tests for the first time on a side project and caught 3 bugs before they ever shipped. ok I get it now",
        "positive",
    ),
    ("the train is 'delayed by 5 minutes' for the 40th minute in a row", "negative"),
    ("Does anyone have a recommendation for a lightweight markdown editor on Linux that isn't Electron?", "neutral"),
    (
        "thread: things I learned running a tiny pottery shop for one year 🧵\n\n1. people will absolutely buy the wonky mugs. sometimes first.\n2. shipping ceramics is a dark art. budget twice what you think.\n3. the regulars who come every Saturday just to chat are the reason I haven't quit. love you all",
        "positive",
    ),
    ("okay who decided that every single app needs to show me a 'what's new' popup with a cartoon rocket", "negative"),
    (
        "Council meeting live: item 6, the parking review, deferred to next month. Moving to item 7, allotment fees.",
        "neutral",
    ),
    (
        "Just watched my kid ride a bike with no stabilisers for the first time and I'm not crying you're crying",
        "positive",
    ),
    ("cool so the 'lifetime' licence was for the lifetime of the company, which apparently was 18 months", "negative"),
    (
        "@fenwick_codes I think the limit is 64 connections per pool by default, not 32. You can raise it in the settings file.",
        "neutral",
    ),
    (
        "Went into the hardware store for a single hinge. Left with a hinge, a plant, two extension cords and a deep sense of peace.",
        "positive",
    ),
    (
        "We've had reports of some users unable to log in since 09:40 UTC. Engineers are investigating. Updates at https://example.com/status",
        "neutral",
    ),
    ("second outage this week and the status page still says 'all systems operational' in cheerful green", "negative"),
    (
        "Kestrel 2.0 is out. Rewritten parser, about 3x faster on large files, plugin API unchanged. Huge thanks to @oriel and @tamsin_b who did most of the hard work while I was mostly making tea and reviewing PRs. Changelog: https://example.org/kestrel/2.0",
        "positive",
    ),
    (
        "every single 'AI-powered' product launch this month is a text box that answers slightly worse than the search bar did",
        "negative",
    ),
    (
        "if you're in Dunmere tonight the northern lights are apparently visible after 11, clear skies forecast",
        "neutral",
    ),
    (
        "moved the standup to async written updates 6 weeks ago and the team seems... calmer? fewer interruptions, more actual work. would recommend trying it",
        "positive",
    ),
    ("ngl the sequel was fine. just fine. two hours of fine.", "negative"),
    (
        "How are people handling timezones for recurring events in Postgres? Storing local time + tz name, or UTC + offset?",
        "neutral",
    ),
    (
        "Hot chocolate season has officially begun at Bramble & Co. Oat milk at no extra charge, always has been, always will be ☕",
        "positive",
    ),
    (
        "3 hours into debugging and the issue was a trailing space in an env var. I am going to lie on the floor now",
        "negative",
    ),
    (
        "That moment when the error message actually tells you what's wrong and how to fix it. Whoever wrote the validation messages in this library, I owe you a coffee.",
        "positive",
    ),
    ("Reading: 'Tidal Mechanics for Beginners', chapter 3. Slow going but the diagrams help.", "neutral"),
    ("the landlord's idea of 'fixing the boiler' was to leave a note saying 'try turning it off and on'", "negative"),
    (
        "Match report up: 1-1 at Larchfield, late equaliser from a corner. Full write-up: https://example.com/sport/larch-draw",
        "neutral",
    ),
    ("@pell_wright this is such a kind thread, thank you for writing it out", "positive"),
    ("Every year I forget how much I like autumn and every year the first cold bright morning reminds me", "positive"),
    (
        "New paper out today on microplastic levels in three upland rivers. Short version: higher than expected downstream of the treatment works. Open access: https://example.org/papers/upland-mp",
        "neutral",
    ),
    (
        "why does the smart thermostat need an account, a subscription and a firmware update to turn the heating on",
        "negative",
    ),
    (
        "Just realised I've been pronouncing 'quinoa' wrong in meetings for four years and nobody said anything",
        "neutral",
    ),
    (
        "the team at Vellum Print absolutely saved our launch, turned around 500 flyers overnight after the other place lost the file. using them forever now",
        "positive",
    ),
    ("I'm sure the 14th reorg this year will be the one that fixes everything", "negative"),
    ("Reminder that the public library lends out tools now. Drills, ladders, a pressure washer. Bring ID.", "neutral"),
    ("finished my first half marathon!! 2:14, walked a bit at mile 10, don't care, I DID IT 🏃‍♀️", "positive"),
    ("Press release says 'record engagement'. The event had 40 attendees and 12 of them were staff.", "negative"),
    ("Quick poll for Rust folks: do you put integration tests in tests/ or in a separate crate?", "neutral"),
    (
        "Can't believe we're still arguing tabs vs spaces in 2024. Anyway it's tabs and you're all wrong. (jk, I use whatever the formatter does and I've never been happier)",
        "positive",
    ),
    (
        "Our new roaster gets installed Thursday so the shop will be a bit chaotic. Filter coffee only until Friday afternoon, espresso back by the weekend.",
        "neutral",
    ),
    ("booked a 'quiet carriage' seat and the man opposite is on speakerphone negotiating a car lease", "negative"),
    (
        "I keep coming back to this essay on small tools and why they outlive big platforms. Not flashy, just right. https://example.org/essays/small-tools",
        "positive",
    ),
    ("The sensor logged 3 'critical failures' overnight. All three were the cat sitting on it.", "neutral"),
    (
        "Our community garden just got its water connection after two years of hauling cans from the church. I could kiss the plumber. (I did not kiss the plumber.)",
        "positive",
    ),
    (
        "Every time I open the banking app it logs me out to 'keep me safe'. I am now very safe and cannot pay rent.",
        "negative",
    ),
    ("deploying on a friday. see you all on the other side", "neutral"),
    (
        "Deployed on a Friday, nothing broke, went home on time. Whatever we changed in the pipeline last quarter, it's working.",
        "positive",
    ),
    ("Headline: Regional water company fined for 212 sewage discharges into Ashby Brook over two years.", "neutral"),
    (
        "212 discharges. Two years. And the fine is smaller than the CEO's bonus. Tell me again how this is regulation.",
        "negative",
    ),
    ("@ilse_makes how did you get that glaze finish? it looks like wet slate", "neutral"),
    ("that feeling when you delete 2000 lines of code and everything still works 🧹", "positive"),
    ("Apparently 'unlimited' storage means 'unlimited until we send you an email about fair use'", "negative"),
    (
        "Conference day 2. Currently in the hallway track because the room for the observability talk hit capacity. Line goes round the corner.",
        "neutral",
    ),
    ("the speaker just said 'let's not overcomplicate this' and then showed a 14-box architecture diagram", "negative"),
    ("People underestimate how good plain boiled potatoes with butter and salt are. No notes.", "positive"),
    (
        "Updated the docs for the CLI flags. --verbose now takes a level (1-3) instead of being a boolean. Old usage still works with a deprecation warning.",
        "neutral",
    ),
    (
        "I've been using Larkspur Notes for about six months now and I keep telling people about it. It's fast, it's plain text underneath, and the sync has never once eaten a note. The developer answers emails personally. Small software made with care is still out there, you just have to look.",
        "positive",
    ),
    (
        "Used to love this app. Then came the feed, the streaks, the badges, the 'your friend is waiting!' notifications. Now opening it feels like walking into a casino that used to be a library. Deleted it this morning. Exported my notes first, which took four screens and a confirmation email.",
        "negative",
    ),
    (
        "Took the kids to the tide pools at Carrow Point this morning. Low tide was 7:12. Saw two crabs, one anemone and a lot of seaweed.",
        "neutral",
    ),
    (
        "Three-post thread on why I stopped freelancing for agencies:\n\n1/ the brief changes after the invoice, every time\n2/ 'exposure' is apparently a currency now\n3/ the last one paid 94 days late and then asked if I could 'jump on a quick call' about a new project. I did not jump.",
        "negative",
    ),
    (
        "Quick update on the Fernhollow repair café: 31 items in on Saturday, 24 fixed, 5 need parts, 2 were beyond saving (RIP the toaster from 1987). Next session is the first Saturday of next month, 10 till 1 in the scout hut.",
        "neutral",
    ),
    (
        "Spent the weekend teaching my dad to use a password manager. He's 74. By Sunday evening he'd moved all his accounts over and was lecturing ME about reused passwords. Proudest I've been of him in ages, and honestly a bit humbling.",
        "positive",
    ),
    (
        "Reminder that 'we're a family here' usually arrives about two weeks before 'we've made the difficult decision to restructure'. Been through it twice. The free pizza on Fridays was nice though, I'll give them that.",
        "negative",
    ),
    (
        "If you maintain an open source library and you write a migration guide with actual before/after code for every breaking change, you are a hero. Upgraded three services from slatekit 3 to 4 this afternoon without a single surprise. Thank you whoever did that.",
        "positive",
    ),
    (
        "Our cafe now accepts reusable cup returns from the Loop scheme. Drop any scheme cup at the counter, get your deposit back in cash. We're also stopping single-use lids from the 1st. Questions welcome below.",
        "neutral",
    ),
    (
        "The update 'improved battery life' by disabling background refresh for every app I actually use. Technically correct, I suppose. My phone now lasts two days and tells me nothing. Messages arrive when I unlock it, like letters from a ship that's been at sea.",
        "negative",
    ),
    (
        "Watched the city marathon from the bridge at mile 19. The people at the back, walking, limping, still going at hour six, with strangers shouting their names off their bibs. Best thing I've seen all year. Signing up for the 10k next spring.",
        "positive",
    ),
    (
        "Rainfall summary for October at Harrowby station: 142mm total, 21 wet days, wettest day the 17th with 31mm. Long-term October average is 98mm. Data: https://example.org/harrowby/oct",
        "neutral",
    ),
    (
        "Interesting thread on whether to version APIs in the URL or headers. I lean URL because it's visible in logs and easy to route, but the header folks make a fair point about resource identity. Curious what others run in production.",
        "neutral",
    ),
    (
        "Got the refund. Took eleven emails, two chat bots, one actual human and a letter with a stamp like it's 1994. But I got it. Celebrating with the most expensive sandwich in the station.",
        "positive",
    ),
    (
        "Every 'local' news site in my area is now owned by the same group and runs the same article with the town name swapped. Today's story about a 'beloved Pinehurst bakery' was word for word the story about a 'beloved Calder bakery' last week. Down to the quote from the owner.",
        "negative",
    ),
    (
        "Conference live-post: keynote done. The speaker walked through how their team cut build times from 40 min to 6 by caching dependency layers and splitting the test suite by change area. No product pitch at the end. Good start to the day.",
        "positive",
    ),
    ("Next talk: 'Event sourcing in practice'. Room B, starts 11:15. I'll post notes after.", "neutral"),
    (
        "Notes from the event sourcing talk: they store every state change as an event, rebuild read models from the log, and snapshot every 500 events. Schema changes are handled with upcasters. Questions mostly about storage cost and GDPR deletion.",
        "neutral",
    ),
    (
        "The GDPR question at the end of that talk got a five minute non-answer. 'We're exploring options.' You built an immutable log of personal data for three years and you're exploring options. Cool. Cool cool cool.",
        "negative",
    ),
    ("@brenna_tallis congrats on the new job!! they're lucky to have you", "positive"),
    (
        "@tomaszk_ what version of the driver are you on? I saw the same timeout on 2.3 and it went away on 2.4",
        "neutral",
    ),
    (
        "Our vet just told us the lump is benign. Going to go sit in the car and breathe for a minute. Biscuit is getting the fancy treats tonight 🐕",
        "positive",
    ),
    ("local radio just played the same three songs in the same order as yesterday. I timed it.", "negative"),
    (
        "Day 212 of learning Japanese. Passed the first practice test for N4 with a 71%. Kanji is still the weak part.",
        "neutral",
    ),
    (
        "i love that the group chat for the book club has not mentioned the book in eleven days. we're a group chat about a book we've collectively abandoned and honestly it's the best group chat I'm in",
        "positive",
    ),
    (
        "The new ticket machines at Westmoor station take cards, phones, watches, but not the railcard discount unless you go to the one staffed window, which closes at 7pm. So the 7:20 commuter pays full fare or argues with a machine. Anyway I argued with a machine.",
        "negative",
    ),
    (
        "Sunday project: wired up an e-ink display to show the next three bus times from the stop outside. A cheap single-board computer, a small screen, a 40-line Python script polling the open transit feed every minute. Code here if anyone wants it: https://example.com/busboard",
        "neutral",
    ),
    (
        "And the bus board works! Checked it this morning, walked out at exactly the right time, bus pulled up as I reached the stop. I've never felt more powerful in my life.",
        "positive",
    ),
    (
        "Reading the comments on the new library branch plans and half the town is furious it has a cafe and the other half is furious it doesn't have a bigger cafe",
        "neutral",
    ),
    (
        "not to be dramatic but this is the best croissant I have had outside of France and it's from a van outside a garden centre",
        "positive",
    ),
    (
        "They put the 'accept all' button in bright green and 'manage preferences' in 9pt grey text that scrolls you through 847 'legitimate interest' partners. Consent, apparently.",
        "negative",
    ),
    (
        "Anyone else's laptop fan start screaming every time they open a single tab of that project management tool? It's a to-do list. It should not need more memory than the game I'm not playing.",
        "negative",
    ),
    (
        "TIL you can pass --depth 1 when cloning to skip the full history. Made our CI checkout go from 90 seconds to 8.",
        "neutral",
    ),
    (
        "Shoutout to the stranger at Kelby Park who helped me jump start the car in the rain and refused to take anything for it. Hope your week is as kind as you were.",
        "positive",
    ),
    (
        "Bots be like: 'Great post! Check out my profile for crypto tips 🚀🚀' on a post about my grandmother's funeral",
        "negative",
    ),
    (
        "[Daily stats] Orchard Valley bike share: 1,284 rides yesterday, avg trip 14 min, busiest dock: Station Square (211 departures). 6 bikes flagged for maintenance.",
        "neutral",
    ),
    (
        "hmm. the new version of the game removed offline mode. guess I'll just not play it on the train then, which was the only place I played it",
        "negative",
    ),
    (
        "Finally tried the recipe @gwen_cooks posted last week. Lentil and roast squash thing with way too much garlic. Made it for six people, zero leftovers, two people asked for the recipe. You've ruined every other lentil dish for me.",
        "positive",
    ),
    (
        "Thinking about moving my blog from a static site generator to plain HTML files. Less tooling, but more copy-paste for the header. Has anyone done this and regretted it?",
        "neutral",
    ),
    ("my 'quick 5 minute fix' is now entering its third day and has touched 41 files", "negative"),
    (
        "RT @stonebridge_lib: We're extending weekend opening hours at all three branches from 1 December. Saturday 9-5, Sunday 11-4.",
        "neutral",
    ),
    (
        "This is great news. Stonebridge library on a Sunday afternoon was my whole childhood and I'm glad the next lot of kids get it too.",
        "positive",
    ),
    (
        "Honest question, not trying to start a fight: what is the actual benefit of a monorepo for a team of four? Every article I find is written by a company with 2000 engineers.",
        "neutral",
    ),
    ("Ok I'll say it. Most 'microservices' I've seen are a monolith that now fails over the network.", "negative"),
    (
        "Love how the hardest bug of my week was fixed by my colleague asking 'have you checked it's actually saving the file'. It was not saving the file. Rubber ducks are great but colleagues who ask dumb-sounding questions are better.",
        "positive",
    ),
    (
        "Road closure update: the Hawthorn Street bridge will stay closed until at least the 22nd while inspectors assess the cracked bearing. Diversion via Mill Road remains in place. Buses 12 and 12A are affected.",
        "neutral",
    ),
    (
        "They've closed the bridge for inspection for the third time in two years and each time we're told it's 'routine'. Meanwhile the diversion adds 25 minutes each way to every school run in the east end. Nobody from the council has answered a single email I've sent since August.",
        "negative",
    ),
    (
        "Been making little ceramic birds in the evenings to unwind, and someone at the market today bought four of them for her mum's birthday. Four! I don't even know how to price them yet. Absolutely thrilled.",
        "positive",
    ),
    ("the vibes at this standup are 'someone has just been told the deadline moved up'", "negative"),
    (
        "Small business tip: if your shop's website has a contact form, test it once a month. Ours silently broke for six weeks and we only found out when a customer rang to ask why we'd ignored her.",
        "neutral",
    ),
    (
        "✨ New stock ✨ hand-dyed merino in three autumn colours: bracken, ember, and pond. Limited batches, link in bio. Shipping resumes Monday.",
        "neutral",
    ),
    (
        "Just hit 500 sales on my little print shop. Started it in lockdown selling linocuts of the local pub signs, now people from four countries have one on their wall. Thank you, genuinely, for every order and every nice message.",
        "positive",
    ),
    (
        "> the app will now learn your habits to surface relevant content\n\nplease don't. I liked it when it was a calendar.",
        "negative",
    ),
    (
        "Released tinyqueue 1.4: adds delayed jobs and a dead-letter queue. Kill signals are now handled gracefully, in-flight jobs get requeued instead of dropped. Upgrade notes: https://example.org/tinyqueue/1.4",
        "neutral",
    ),
    (
        "Glad I switched our queue to tinyqueue last year, the 1.4 release fixed the only thing I'd been working around and the upgrade took ten minutes. Whoever maintains it clearly uses it in anger.",
        "positive",
    ),
    ("our product manager just scheduled a meeting titled 'quick sync' for 90 minutes", "negative"),
    (
        "Is there a word for the feeling when you find your own old answer to the exact question you're searching for?",
        "neutral",
    ),
    (
        "Couldn't sleep so I went out at 5am and caught the sunrise over the reservoir. Mist on the water, two herons, nobody else around. Worth every minute of missed sleep.",
        "positive",
    ),
    (
        "Tickets for the Greywater festival went on sale at 10. At 10:00:03 the queue was 'approximately 2 hours'. At 11:58 it sold out. I was number 41,000-something. Then the resale site listed them at four times face value by lunchtime. Same company owns both. Every year.",
        "negative",
    ),
    (
        "Festival lineup announced for Greywater: 60 acts across three stages, headliners Friday to Sunday. Full list: https://example.com/greywater-lineup",
        "neutral",
    ),
    (
        "Got to the end of the audiobook and the narrator's voice cracked on the last line and I had to pull the car over. What a book.",
        "positive",
    ),
    ("Journalists, please stop writing 'X slams Y' when X posted one mildly disagreeing sentence", "negative"),
    (
        "Every dev tool landing page: a gradient, the word 'seamless', and a screenshot of a terminal with three green checkmarks",
        "negative",
    ),
    ("Morning! Kettle's on, shop's open, new batch of seeded rye is out of the oven in 20 🌾", "neutral"),
    (
        "The new park on the old railway yard opened this weekend and it's actually lovely. Proper trees instead of saplings, benches facing the sun, a water fountain that works. Whoever fought for this in planning meetings for a decade, thank you.",
        "positive",
    ),
    (
        "The new park cost 4.2 million and took eleven years from proposal to opening. It covers about 3 hectares and includes a playground, a wildflower meadow and a small skate area.",
        "neutral",
    ),
    ("@rook_and_vale any chance of the cardigan pattern being released in larger sizes? happy to test-knit", "neutral"),
    ("so apparently you now need to log in to read the help pages. the help pages. for logging in.", "negative"),
    (
        "Ran my first ever tabletop RPG session for my nieces tonight. They befriended the dragon, stole its hat, and made it the mayor. I had planned none of this. 10/10 would DM again.",
        "positive",
    ),
    (
        "Lost my grandad this morning. He taught me chess, how to whistle, and how to fix a puncture. Going offline for a bit.",
        "negative",
    ),
    ("Ugh, who designed this form that clears every field if you get the postcode format wrong", "negative"),
    (
        "reminder to myself: the app isn't slow, it's doing a full table scan because you forgot the index. again.",
        "neutral",
    ),
    (
        "Finished the bathroom tiles. Took four weekends, one cracked tile, an argument about grout colour that we'll never speak of again, and it looks... actually great? Standing in there admiring it like it's a gallery.",
        "positive",
    ),
    ("Can we collectively retire the phrase 'circle back'. We are not sharks.", "negative"),
    (
        "Poll results are in: 62% of respondents prefer the Thursday meetup slot, 38% Wednesday. We'll move to Thursdays from next month.",
        "neutral",
    ),
    (
        "I was sceptical about the four day week trial but four months in I'm a convert. Sharper on the days I'm working, actually rested on the long weekend, and the team's output numbers are flat or up. Never going back willingly.",
        "positive",
    ),
    (
        "the dishwasher is 'smart' now, which means it has an app, which means it needed an update before it would wash the dishes",
        "negative",
    ),
    (
        "What's the consensus on running SQLite in production for a small internal tool? ~20 users, mostly reads.",
        "neutral",
    ),
    (
        "@ash_morrow SQLite is fine for that, we've run a similar tool on it for three years. Turn on WAL mode and take backups.",
        "neutral",
    ),
    (
        "1/ Some numbers from year one of running Pebblecast, my little podcast hosting side project:\n- 212 paying shows\n- ~$1,900 MRR\n- 3 outages, longest 47 min\n- 1 very polite cease and desist over the old logo\n2/ Biggest lesson: support emails take more time than code. Plan for it.",
        "neutral",
    ),
    (
        "2/ and to everyone who stuck with Pebblecast through the outage in March when I was sat in a hospital car park fixing DNS on my phone: I don't say it enough, but you made this whole thing worth doing. Year two, let's go 🎙️",
        "positive",
    ),
    (
        "Genuinely lovely morning at the Oakhurst farmers market. The cheese guy gave my toddler a 'tiny cheese' to try, the apple lady threw in an extra bag of windfalls, and it didn't rain once. This is why I still get up early on Saturdays even though nobody makes me.",
        "positive",
    ),
    (
        "The council's new bin schedule went live this week. Recycling now alternate Tuesdays, garden waste monthly, general waste every other Friday. A printable calendar is at https://example.org/bins and paper copies are at the library for anyone who asks.",
        "neutral",
    ),
    (
        "New bin schedule, day 3. Nobody on my street knows which bin goes out. Half put out blue, half put out black, the lorry took neither. The council's 'handy' calendar is a 14-page PDF that won't load on a phone. I'm keeping my rubbish in the shed like a raccoon now.",
        "negative",
    ),
    (
        "Spent the whole morning in a workshop about 'radical candour' and then the facilitator got visibly annoyed when someone candidly said the session was too long. Perfect demonstration, really. Most expensive two hours I've ever watched someone learn nothing in. Anyway, back to actual work.",
        "negative",
    ),
    (
        "Went back to my old school today to give a careers talk to the sixth form. Expected bored faces. Instead I got forty minutes of brilliant, weird, sharp questions about how databases work and whether I'd ever met a hacker. Came home buzzing. Kids are alright.",
        "positive",
    ),
    (
        "PSA for anyone running Postgres on a small VPS: the default shared_buffers is 128MB. For a dedicated box, a common starting point is ~25% of RAM. Check your work_mem too if you have heavy sorts. Not advice for every workload, just a place to start.",
        "neutral",
    ),
    (
        "I keep seeing people say you 'need' a Kubernetes cluster for a blog. You do not. My site has run on one tiny VM with nginx and a cron job for seven years. It has been down twice, both times because I forgot to renew the domain. That's on me, not nginx.",
        "positive",
    ),
    (
        "Honestly fed up with 'hustle' accounts telling me to wake up at 4am. I have a toddler. I wake up at 4am. I do not have a seven figure business. I have a toddler. Please stop putting that in my feed as if it's a morning routine and not a hostage situation.",
        "negative",
    ),
    (
        "Today's bird count from the hide at Sedge Marsh: 14 lapwing, 2 little egret, 1 marsh harrier (female, hunting over the reedbed around 10:40), around 60 teal, and a single kingfisher that nobody except the volunteer saw. Tide high at 12:05.",
        "neutral",
    ),
    (
        "SAW THE KINGFISHER. After six visits to the Sedge Marsh hide. Flash of blue, gone in a second, but I saw it. Whoever was next to me went 'oh!' at the same time and we both just grinned at each other like idiots for about a minute.",
        "positive",
    ),
    (
        "The article claims the new stadium will 'pay for itself' within ten years. It cites one consultancy report, commissioned by the club, that assumes every match sells out forever. No independent analysis, no mention of the last three stadium projects in the region. Press release journalism, basically.",
        "negative",
    ),
    (
        "Live from the Cranmoor vs Eddington derby: 0-0 at half time. Cranmoor had more of the ball (61%) but only one shot on target. Eddington's keeper made a good stop from a header in the 34th minute. Second half underway shortly.",
        "neutral",
    ),
    (
        "What a second half from Cranmoor. Two goals in four minutes, the young lad Pryce running the midfield like he's been there ten years, and the away end absolutely silent. This is the team I've been waiting three seasons to see. Don't wake me up.",
        "positive",
    ),
    (
        "Our referee tonight managed to book four players for dissent, miss a stamp right in front of him, and add three minutes of stoppage time after a half that had two injuries and a pitch invader. I'm not even a fan of either club and I'm annoyed.",
        "negative",
    ),
    (
        "Side project update: the recipe scaler now handles fractions properly (1 1/2 cups → 3 cups when doubled, instead of 1.5 → 3.0). Also added metric/imperial toggle. Still no login, still free, still one HTML file. https://example.com/scaler",
        "neutral",
    ),
    (
        "Tried the recipe scaler @wren_builds made and it handled my grandmother's 'pinch of salt' by leaving it as 'pinch of salt (x2)' which is honestly the most correct answer any software has ever given me. Bookmarked forever.",
        "positive",
    ),
    (
        "Another 'open' model release whose licence forbids commercial use, forbids using outputs to train anything, and can be revoked at any time. Call it what it is: a free trial with a press release. The word open used to mean something.",
        "negative",
    ),
    (
        "Our shop will be shut this Thursday while we have the floor redone. Online orders will still go out, just a day later than usual. Click & collect orders placed before Wednesday noon can be picked up Wednesday until 6. Thanks for bearing with us!",
        "neutral",
    ),
    (
        "Hi all, I'm running a free beginner workshop on soldering next Saturday at the Makerhall in Tilden, 2-4pm. All tools and kits provided, you'll leave with a blinking LED badge. 12 places, sign up at https://example.org/makerhall/solder. Ages 12+ with an adult.",
        "neutral",
    ),
    (
        "Went to the soldering workshop at Makerhall expecting a lecture. Got a patient volunteer named Ines who watched me burn my thumb, laughed kindly, and then had me finish the badge myself. It blinks. It's on my jacket. I'm 43 and I'm so proud of this badge.",
        "positive",
    ),
    (
        "> we've made some changes to our terms of service\n\nThey have 'clarified' that anything you upload can be used to 'improve services', which includes training models, forever, with no opt-out for existing content. Took my portfolio down tonight. Ten years of illustrations, gone, because I'd rather that than this.",
        "negative",
    ),
    (
        "The clarification to the terms covers uploads from the 1st of next month. Existing content falls under the old terms unless you re-save it, according to their FAQ. Opt-out is in account settings under 'data usage'. Link for anyone asking: https://example.com/tos-faq",
        "neutral",
    ),
    (
        "Three hours on the phone with the energy company. The first agent said my meter reading was impossible. The second said it was fine but the system disagreed. The third transferred me to the first. I've been on hold for so long the hold music has started to feel like a personality.",
        "negative",
    ),
    (
        "Someone at work asked me to explain DNS in plain words today and I think I actually did it: it's the phone book, the phone book has a phone book, and sometimes the phone book is out of date for 24 hours. They nodded. I'm taking that as a win.",
        "positive",
    ),
    (
        "Interesting reading on how small bakeries are coping with flour prices. Most of the ones interviewed raised loaf prices 10-20% and cut their range rather than their opening hours. A couple switched suppliers to local mills. https://example.org/bakeries-flour",
        "neutral",
    ),
    (
        "Every month the same email: 'Your plan is changing'. Never cheaper. Never more features. Just a new name, a new logo and three pounds more. I've been a customer since it was a student startup. I'll be leaving once my contract ends in April, which they'll no doubt 'clarify' too.",
        "negative",
    ),
    (
        "tiny win: I wrote a shell alias that opens my notes, starts a timer and mutes notifications in one go, and my afternoon focus has been ridiculously better this week. Sometimes the trick is just removing one extra step.",
        "positive",
    ),
    (
        "Stop telling junior devs to 'just read the source'. Some codebases are eight years of sediment with no comments and four abandoned patterns. Reading it isn't a learning experience, it's archaeology. Pair with them. Point them at the three files that matter. It takes twenty minutes.",
        "negative",
    ),
    (
        "Quick reminder that the Thornfield clinic's walk-in hours have changed: Monday to Thursday 8-11am, closed Fridays. Appointments still bookable by phone on 555-0142. Flu jabs available without appointment on Tuesdays.",
        "neutral",
    ),
    (
        "My neighbour, who is 86 and a retired carpenter, just fixed our wobbly garden gate in twenty minutes with a wood offcut and a look of deep pity for my tools. Refused tea. Accepted biscuits. Hero of the street, honestly.",
        "positive",
    ),
    ("the phrase 'lightweight framework' and a 400MB node_modules folder in the same README", "negative"),
    ("gm. coffee, code, rain on the window. good kind of Tuesday.", "positive"),
    (
        "Starting a month-long experiment: no social apps on my phone, only desktop. Will report back with whether I read more or just stare at walls.",
        "neutral",
    ),
    (
        "two weeks into no social apps on my phone and I've read three books and I'm annoyingly smug about it",
        "positive",
    ),
    ("does anyone know a good way to get curry out of a white linen shirt, asking for me, I am the curry", "neutral"),
    (
        "@hollis_r mine does the same thing after the last update, it's not just you. support said a fix is 'on the roadmap'",
        "negative",
    ),
    ("@ines_makerhall thanks again for Saturday, badge has survived two washes 💡", "positive"),
    (
        "Reminder: Thornbury Comic Fair moves to the Corn Exchange this year. Doors 10am, tickets on the door only.",
        "neutral",
    ),
    (
        "The new episode is the best the show's been since season one. Patient, weird, funny, and the last ten minutes genuinely surprised me. More of this please.",
        "positive",
    ),
    ("the new episode felt like 40 minutes of setting up a spin-off nobody asked for", "negative"),
    (
        "Counterpoint: the spin-off setup was obvious, but the scene in the lighthouse was the best-directed thing on TV this year. Both things are true.",
        "neutral",
    ),
    (
        "Every time I try to cancel the gym membership the website says 'please visit your home club', and every time I visit the home club the manager is 'on a break'. I'm starting to believe the manager is a myth invented to keep me paying.",
        "negative",
    ),
    (
        "Just passed my driving test on the fourth attempt!!! I parallel parked like I'd been doing it my whole life (I have not). Mum cried, instructor cried, I cried. Now to find a car I can afford, which will be the harder test.",
        "positive",
    ),
    (
        "Released: hedgehog-lint 0.3. New rules for unused imports and shadowed variables, 2 false positives fixed from issue #41. Config format unchanged. pip/npm packages are both published.",
        "neutral",
    ),
    (
        "Not to be that person but when your linter needs its own linter to configure, something went wrong along the way",
        "negative",
    ),
    (
        "Was nervous about asking for a raise. Wrote out my case, brought numbers, practised in the shower. Manager said yes before I got to slide two. Not sure whether to be happy or annoyed I didn't ask last year. Mostly happy.",
        "positive",
    ),
    (
        "If your startup's 'about' page is a stock photo of people high-fiving over a laptop, I already know how the customer support goes.",
        "negative",
    ),
    (
        "Currently: sat in A&E with my son who put a bead up his nose. He's fine, it's out, we're waiting for the discharge paperwork. He's already asked if he can have the bead back.",
        "neutral",
    ),
    (
        "Nurses at Redbrook A&E tonight were a credit to the whole service. Rammed waiting room, one nurse still took time to make my nervous kid laugh with a glove balloon. Thank you.",
        "positive",
    ),
    (
        "Redbrook A&E: 6 hour wait, 2 vending machines both broken, a TV stuck on a shopping channel. The staff are doing their best, the building is doing its worst.",
        "negative",
    ),
    (
        "Our newsletter goes out Friday with the winter menu, the new opening hours and a recipe for the chai everyone keeps asking about. Sign up at https://example.com/newsletter if you're not on it.",
        "neutral",
    ),
    (
        "If one more 'thought leader' posts a picture of their sunrise journaling session I'm going to start posting photos of my unwashed mugs with the caption 'discipline'",
        "negative",
    ),
    (
        "Unpopular opinion: the old city logo was better. The new one is the same font everyone uses now, in a teal nobody will remember in a year.",
        "negative",
    ),
    (
        "Honestly really like the new city logo. Clean, readable on a bus stop from across the road, and they kept the little bridge from the old crest. Good job whoever designed it.",
        "positive",
    ),
    (
        "The new city logo cost £48,000 including consultation, design and rollout across signage over three years, according to the council report.",
        "neutral",
    ),
    (
        "RT @dawnwatch_bot: Sunrise in Kelmore tomorrow 07:41, sunset 16:22. Day length 8h 41m, 2m 03s shorter than today.",
        "neutral",
    ),
    (
        "Learned today that my favourite pen was discontinued in 2019 and I've been hoarding the last box without knowing. 3 left. This is how dragons are made.",
        "negative",
    ),
    (
        "I don't care what anyone says, a well-made spreadsheet is a work of art. Just finished the budget sheet for the allotment society and the conditional formatting is sublime. Nobody will appreciate it. I appreciate it.",
        "positive",
    ),
    (
        "Question for parents of teens: how do you handle phones at night? We've tried a charging station downstairs but it keeps 'migrating' back upstairs.",
        "neutral",
    ),
    (
        "'charging station downstairs' lol. we tried it. the phone grew legs. now the router turns off at 11 and everyone hates me, which I find very restful.",
        "positive",
    ),
    (
        "Just realised the meeting I've been dreading all week was yesterday and nobody noticed I wasn't there. Unclear how to feel.",
        "neutral",
    ),
    (
        "Writing the eulogy for my mum this week. Going through old photos and finding her handwriting on the back of every one, names and dates and little jokes. Don't know how to be a person without her yet.",
        "negative",
    ),
    (
        "The 'community notes' on that viral post are more interesting than the post: the photo is from a 2016 flood in a different country. Original caption in the linked archive.",
        "neutral",
    ),
    (
        "Whoever runs the Larchmont Library account deserves a pay rise. Posted a book recommendation thread for grieving kids this morning, gentle, specific, no fuss. Shared it with my sister.",
        "positive",
    ),
    (
        "Our village bus was cut from hourly to three times a day this week. For people without cars it's now a 9-hour round trip to get a prescription in town. The consultation was 'online only'. Most people who use the bus are over 70. Think about that for a second.",
        "negative",
    ),
    (
        "Release day for the Fable Forge board game! 🎲 Took us two years, 41 playtests and one dog that ate a prototype card. Shipping to backers starts Monday. Retail copies at Tabletop Tavern in Wexcombe from the 20th. We are so, so happy this is real.",
        "positive",
    ),
    (
        "Anyone else using the new wallet app from their bank? The card freeze button moved under 'security centre' > 'card controls' > 'manage'. Took me a while to find.",
        "neutral",
    ),
    (
        "The new wallet app hides the card freeze button three menus deep. If my card's stolen at midnight I'll apparently have to go spelunking for it. Brilliant security design.",
        "negative",
    ),
    (
        "PR merged into a project I've used for years. One line, a docs typo, but my name is in the contributors list now and I'm unreasonably happy about it",
        "positive",
    ),
    (
        "Every 'best of' list for restaurants in this town is sponsored by the same three places. I've been to all three. One was fine.",
        "negative",
    ),
    (
        "Coding tip: if you need to know how long something took in Python, time.perf_counter() is the one you want, not time.time(). Higher resolution, not affected by system clock changes.",
        "neutral",
    ),
    (
        "Planning permission granted for the Quarry Lane solar farm: 48 hectares, approx 30MW capacity, construction expected 2025-26. Objections from 112 residents were noted in the decision.",
        "neutral",
    ),
    (
        "Delighted the Quarry Lane solar farm was approved. We need to build things, and a field of panels with sheep grazing underneath is honestly a nicer view than half the warehouses they've put up round here.",
        "positive",
    ),
    (
        "48 hectares of good farmland under glass, approved by a committee that met for 35 minutes. Nobody against solar, everyone against putting it on the best soil in the county when there are three empty industrial roofs across the road.",
        "negative",
    ),
    (
        "Postmortem for yesterday's outage is up. Root cause: a config change killed the connection pool on the primary, the failover script hit a race and both nodes thought they were replicas for 22 minutes. No data lost. Fixes: lock around promotion, alert on pool exhaustion. Full writeup: https://example.com/pm/0312",
        "neutral",
    ),
    (
        "Really appreciate teams that publish postmortems like this one. No blame, clear timeline, what they changed, what they're still unsure about. I learn more from a good incident writeup than from most conference talks, and it makes me trust the service more, not less.",
        "positive",
    ),
    (
        "Our incident review today was an hour of people explaining why it wasn't their team's fault, followed by an action item to 'improve communication'. Same action item as the last four incidents. I could have written the doc before the meeting. I think next time I will.",
        "negative",
    ),
    (
        "The process was killed by the OOM killer at 03:14, the watchdog restarted it, and the queue drained by 03:20. Dead letters: 4, all retried successfully. Adding a memory limit alert so we catch the leak before it happens again.",
        "neutral",
    ),
    (
        "@caspian_ops the crash happens on startup when the cache dir doesn't exist. mkdir -p it in the entrypoint and it should come up fine. Fixed properly in main, not released yet.",
        "neutral",
    ),
    (
        "Reached the summit of Cairn Dhu just before the cloud came in. Forty minutes of nothing but wind and a view of four lochs, then whiteout. Came down slowly, legs like jelly, soaked through. Sat in the pub by the fire after with a bowl of soup and felt completely, stupidly content.",
        "positive",
    ),
    (
        "Mountain rescue were called out twice on Cairn Dhu this weekend, both for walkers without maps in poor visibility. Both were found and brought down safely. The team reminds people that phone signal on the north ridge is unreliable.",
        "neutral",
    ),
    (
        "Parking at the trailhead is now £9 a day, payable only via an app that needs phone signal, which there isn't, at the trailhead. The old honesty box has gone. People are parking on the verges, the farmer's furious, and the app's reviews are a fascinating read.",
        "negative",
    ),
    (
        "Hiring: we're a six person studio in Wrexbury building tools for vets. Looking for a backend dev comfortable with Python and Postgres, 4 days a week, hybrid. Salary range in the listing, no take-home tests, two short conversations. https://example.org/jobs/backend",
        "neutral",
    ),
    (
        "Love a job post that puts the salary up front and says 'no take-home tests'. Whoever at that vet-tools studio wrote it, thank you for treating candidates like adults. Shared with three friends already.",
        "positive",
    ),
    (
        "Applied to 40 jobs this month. Got 3 automated rejections, 1 ghost, and 1 invite to a 'culture fit' interview that turned out to be an unpaid trial day. The other 35 just sit there in my inbox saying 'application received' like a shrug in email form.",
        "negative",
    ),
    (
        "Live from #PyWestfell: morning session on packaging. Speaker walked through pyproject.toml basics, dependency groups and building wheels for multiple platforms. Lots of questions about C extensions. Coffee break now, next up is testing strategies.",
        "neutral",
    ),
    (
        "The packaging talk at #PyWestfell was excellent. Calm, precise, admitted where the ecosystem is still messy instead of pretending otherwise, and I finally understand why my wheel was missing its data files. Ten out of ten, would queue for coffee behind that speaker again.",
        "positive",
    ),
    (
        "The sponsor keynote at #PyWestfell was 25 minutes of a sales deck with one Python snippet, and the snippet had a bug. The room emptied steadily. Feels like every conference now has a slot you just pay for, and it's always the worst one.",
        "negative",
    ),
    (
        "Made the mistake of checking the comments under the article about the new cycle lane. 400 comments. Maybe four of them have read past the headline. My favourite suggests cyclists should pay road tax, which, as several people have explained, hasn't existed since 1937.",
        "negative",
    ),
    (
        "Update on the lost dog from Friday: Mabel has been found! She was in a garden three streets over, hiding under a trampoline, muddy and very pleased with herself. Thank you to everyone who shared the post and checked their sheds. This neighbourhood is something else.",
        "positive",
    ),
    (
        "Lost dog: small brown terrier, answers to Mabel, red collar, last seen near the Allotments on Ferris Road at about 6pm. She's chipped and friendly but nervous. Please check sheds and garages. Call 555-0187 if seen.",
        "neutral",
    ),
    (
        "Just read that the Brindle Street cinema is closing in January after 94 years. Screen 2 was where I saw my first film, had my first date, and took my kids to their first film. I know it's just a building. It doesn't feel like one.",
        "negative",
    ),
    (
        "The Brindle Street cinema will close on 12 January. The owners cited falling attendance and repair costs of around £600,000 for the roof. A community group says it will try to buy the building.",
        "neutral",
    ),
    (
        "Incredibly happy to say the community group bought the Brindle Street cinema! 1,840 people chipped in, from £5 to a frankly startling £20,000 from an anonymous donor. Reopening in spring as a volunteer-run screen. Told you this town was stubborn.",
        "positive",
    ),
    (
        "Hot take: 'reply all' should require you to type the names of every recipient before it sends. I've now received 73 emails asking to be removed from a list that everyone's been accidentally added to. Several asking people to stop replying, by replying all.",
        "negative",
    ),
    (
        "Did a small experiment: rewrote our slowest report query with a window function instead of a correlated subquery. Runtime went from ~14s to ~0.9s on the same data. Query plan and details in the thread if anyone's curious.",
        "neutral",
    ),
    (
        "And the report query I rewrote went live this morning. The finance team sent a message in the channel that just said 'whatever you did, thank you'. Best feeling. Barely anybody notices backend work until it's fast, and today somebody noticed.",
        "positive",
    ),
    (
        "My 'smart' doorbell has started announcing every leaf that blows past as 'a person at your door'. Got 60 notifications today. When an actual delivery came it missed the courier entirely. The one job.",
        "negative",
    ),
    (
        "Does the smart doorbell let you set detection zones? I know some of them let you draw an area to ignore, which helps with trees and the road.",
        "neutral",
    ),
    (
        "Took a chance on the little Vietnamese place that opened where the phone shop used to be. Tiny menu, four tables, owner's mum in the kitchen. The pho was unreal, clear and deep and fragrant. Please go so they stay open, I need this in my life weekly.",
        "positive",
    ),
    (
        "RT @eastfield_eats: New opening on Chandler Road: Little Saigon Kitchen. Open Tue-Sun 12-9, cash and card, no bookings.",
        "neutral",
    ),
    (
        "Watching the election results come in tonight. Turnout in our ward looks to be around 31%, down from 38% last time. First declaration expected around 1am.",
        "neutral",
    ),
    (
        "31% turnout. I spent four evenings knocking on doors and the most common reason people gave for not voting was that nothing changes. Then nothing changes, because nobody votes. Exhausting cycle, and I'm exhausted. Going to bed.",
        "negative",
    ),
    (
        "Whatever your politics, I just want to say the counting staff at the leisure centre tonight were brilliant. Calm, quick, patient with some very loud candidates, and they handed out biscuits to the observers at 2am. Democracy runs on volunteers and custard creams.",
        "positive",
    ),
    (
        "Three years building the same SaaS and I finally accept the truth: nobody reads the onboarding emails. Not one. Our open rate on email 3 is 4%. I've rewritten them seven times. This time I'm deleting them and adding a single checklist inside the app. Wish me luck.",
        "negative",
    ),
    (
        "Follow-up: deleted all onboarding emails, added an in-app checklist. Two weeks later activation is up from 22% to 35%. Can't tell yet if it'll hold, but I'm grinning like a fool at my dashboard. Sometimes less really is more.",
        "positive",
    ),
    (
        "New rule at my building: no bikes in the hallway, no bikes in the courtyard, no bikes on balconies. The 'secure cycle store' promised in the lease is a shed with no lock that floods. Apparently we're meant to keep bikes in our hearts.",
        "negative",
    ),
    (
        "Nice to see the open data portal has added the tree inventory. 18,400 street trees with species, planting year and condition. You can filter by ward. https://example.org/trees",
        "neutral",
    ),
    (
        "Spent my lunch break looking up every tree on my walk to work on the new open data map. The big plane tree outside the bakery was planted in 1902. Felt like meeting an old neighbour properly for the first time. Love this kind of public data.",
        "positive",
    ),
    ("'Move fast and break things' is a great motto until the thing you broke is my payroll", "negative"),
    (
        "Working on a tiny CLI that turns your git log into a weekly summary for standups. Currently reads commits, groups them by folder and prints a short list. Not doing any AI summarising, just formatting. Name suggestions welcome.",
        "neutral",
    ),
    (
        "Feedback from the beta of my standup CLI has been wonderful. People sent me screenshots of their summaries, someone added Mercurial support in a PR overnight, and one person said it was the first tool that made Monday mornings less painful. I'm a little overwhelmed in the best way.",
        "positive",
    ),
    (
        "Why does every password reset email arrive exactly one minute after the link expires. Every time. Third attempt now.",
        "negative",
    ),
    (
        "Met an old colleague for coffee and we spent two hours laughing about the worst codebase we ever shared. The one with a 9,000-line file called utils_final_v2_REAL.js. Weirdly good therapy. Good friends are the best thing any job ever gave me.",
        "positive",
    ),
    (
        "Reminder for anyone using the public Wi-Fi at Harbourside: it was replaced on Monday. New network name is HBS-Public, no password, 2 hour session limit. The old one is being switched off this week.",
        "neutral",
    ),
    (
        "So the new Harbourside Wi-Fi needs your email, phone number, date of birth AND postcode before it lets you check the tide times. For a 'public' network. I'll just squint at the chalkboard like our ancestors did.",
        "negative",
    ),
    (
        "Three posts I'd like to see less of:\n1. 'Here's why X is dead' (X is not dead)\n2. 'I made $40k with this one weird side project' (you did not)\n3. 'Unpopular opinion:' followed by the most popular opinion in the sector\nThank you for coming to my grumble.",
        "negative",
    ),
    (
        "Friendly reminder that 'X is dead' posts about programming languages are a genre, not a forecast. COBOL has been 'dead' since before I was born and it paid for my uncle's house.",
        "neutral",
    ),
    (
        "Okay the new release of our payments library is the first time in years I've read a changelog and felt... looked after? Every breaking change explained, every deprecation with a date, every migration with a code example. Bravo to whoever is running that project now.",
        "positive",
    ),
    (
        "Our sprint planning has become an exercise in assigning story points to tasks whose scope will change within the hour. We estimate, the product lead rewrites the ticket, we re-estimate. Nothing gets built. Everyone's velocity is lovely on the chart.",
        "negative",
    ),
    (
        "Pro tip for freelancers: put your late payment terms on the first invoice, not the third. Most clients never test them. The ones who do, you'll be glad you did.",
        "neutral",
    ),
    (
        "we've been married 25 years today. he still brings me tea in bed every morning and still can't fold a fitted sheet. I'd pick him again every time 💛",
        "positive",
    ),
    (
        "Obituary: Ronald Fisk, founder of the Ashcombe Brass Band, died on Tuesday aged 91. He led the band for 52 years and taught more than 300 local children to play. Funeral details will be shared by the family.",
        "neutral",
    ),
    (
        "The fundraiser for the Ashcombe Brass Band reached its target in three days. They'll buy new instruments in Ronald's name and keep the Sunday sessions free. What a legacy that man left. Proper community, this.",
        "positive",
    ),
    (
        "The new 'premium' supermarket range is the same biscuits in a black box at twice the price. I checked the manufacturer code on the back. Same factory.",
        "negative",
    ),
    (
        "@wilder_bell interesting, I'd assumed the black box range was a different supplier. Do you know where the manufacturer codes are listed?",
        "neutral",
    ),
    (
        "Gentle reminder that if you're posting job openings with 'competitive salary' and no number, you're competing with people who post a number. And losing.",
        "negative",
    ),
    (
        "Finished my first 1,000 piece jigsaw since I was a kid. Took three weeks on the dining room table. The final piece was under the cat the whole time.",
        "neutral",
    ),
    (
        "Saturday at the food bank: 84 families through the doors, record so far this year. Shelves emptied by 1pm. We're short on tinned fish, UHT milk and nappies (sizes 4-6). Drop-off Thursday evenings at St Aidan's hall.",
        "neutral",
    ),
    (
        "I've volunteered at the food bank for three years and today an older gentleman who used to come every week walked in with two huge bags of donations and said he'd got a job. Shook my hand. I had to go into the back room for a minute. Good day.",
        "positive",
    ),
    (
        "Record numbers at the food bank again, and the local MP posted a smiling photo there this morning with the caption 'heartwarming'. It's not heartwarming. It's a failure. The heartwarming bit is the volunteers covering for it.",
        "negative",
    ),
    (
        "Bot update: 14,212 packages scanned today, 3 flagged with known vulnerable dependencies, 0 with critical severity. Weekly summary will post Sunday.",
        "neutral",
    ),
    (
        "bug report: user says the app 'kills' their battery. turns out they had location set to 'always' and a map open in the background for 11 days. closing as working as intended, adding a reminder prompt anyway.",
        "neutral",
    ),
    (
        "I've been a hobbyist photographer for ten years and I've never had a print on a wall that wasn't my own. Today the Gorsebrook café hung three of mine by the window, with little cards and prices. Sold one before I'd finished my coffee. I'm walking home the long way just to enjoy this.",
        "positive",
    ),
    (
        "Photography competition results are in: 212 entries, 3 categories. Winners will be exhibited at the Gorsebrook Arts Centre from the 4th to the 28th. Judges' notes at https://example.org/photo-comp",
        "neutral",
    ),
    (
        "Entered the local photography competition and the winning 'landscape' is a heavily edited shot with a sky from a completely different photo pasted in. Rules said 'minimal editing'. When I asked the organisers, they said it was 'within the spirit'. Fine. Spirit of what, exactly.",
        "negative",
    ),
    (
        "quote-posting because this deserves it: a teacher built a free reading tracker for her class in a spreadsheet, then shared it with the whole district. No startup, no pitch deck, no waitlist. Just a useful thing, made and given away. More of this energy please.",
        "positive",
    ),
    (
        "RT @moorside_herald: Moorside Academy to merge with Fellgate School from September. Both sites to remain open for at least two years while a new building is planned.",
        "neutral",
    ),
    (
        "Our school merger 'consultation' ran for nine days over half term, and the decision was announced in a press release before the results were published. Parents found out from the local paper. My daughter asked if she'd still have her friends next year and I genuinely don't know.",
        "negative",
    ),
    (
        "Been on the new sleeper train to the coast. Small cabin, clean sheets, a proper tea tray. Fell asleep in the city and woke up to the sea. Expensive, yes, but I haven't felt this rested on a trip in years and I'm already planning the next one.",
        "positive",
    ),
    (
        "The sleeper train was cancelled an hour before departure because of 'crew availability'. Refund takes 28 days. Last hotel in town was £210. Spent the night watching the departure board tell me nothing while a pigeon walked across the concourse with more purpose than the railway.",
        "negative",
    ),
    (
        "Timetable change from Sunday: the 22:40 sleeper moves to 22:15 and no longer stops at Harlow Junction. Through tickets booked before the change remain valid. Details at https://example.com/rail/sleeper",
        "neutral",
    ),
    (
        "Open source maintainer life: a company with a four-billion valuation opened an issue titled 'URGENT: production down', no reproduction, no version number, and then pinged me in three channels at 2am. They have never contributed a line or a penny. I've closed my laptop. Goodnight.",
        "negative",
    ),
    (
        "Opened a PR on a project I depend on and the maintainer not only merged it but left a detailed review teaching me a trick about lifetimes I'd never seen. Took her maybe ten minutes. Made my whole week. Go thank a maintainer today.",
        "positive",
    ),
    (
        "Reading a long thread about whether Rust's async ecosystem is too fragmented. Main points: multiple runtimes, trait compatibility, and the cost of the learning curve. Counterpoints about stability and performance. Worth a read: https://example.org/async-thread",
        "neutral",
    ),
    (
        "Every single time I touch async Rust I end up with a type signature longer than the function body. I know it's powerful. I know people love it. I just want to make two HTTP calls at the same time without reading three blog posts about pinning.",
        "negative",
    ),
    (
        "Our little bookshop turned five today! Five years ago we opened with 600 second-hand books and a kettle. Now it's 9,000 books, a reading group, a kids' hour on Saturdays and a shop cat called Dewey. Thank you for every visit. Cake on the counter all day.",
        "positive",
    ),
    (
        "Ferncross bookshop is hiring a part-time assistant, 16 hours a week including Saturdays. Must like books, people and cats, in roughly that order. Email a short note (no CV needed) to the address on our website.",
        "neutral",
    ),
    (
        "The new self-checkouts at the Wexley superstore ask for staff approval every time you put an item in the bag area. There are two staff for fourteen machines. Yesterday I waited longer to be approved for a bag of carrots than it took to grow the carrots, probably.",
        "negative",
    ),
    (
        "Going to say something that might be unpopular: the new self-checkouts at the supermarket are quicker for me. Small shop, scan, tap, gone. I don't want a chat at 7pm on a Tuesday. I know everyone hates them. I quietly don't.",
        "positive",
    ),
    (
        "Half marathon live: mile 8, pace holding at 5:40/km, legs fine, the gel tastes like a melted candle. Crowd near the bridge is massive. Heading into the long hill next.",
        "neutral",
    ),
    (
        "Crossed the line at 1:58:12. Under two hours, the goal I've been chasing for three years. Hugged a stranger. Hugged a volunteer. Hugged a lamppost (not proud). Eating everything in sight tonight.",
        "positive",
    ),
    (
        "Race organisers ran out of water at the mile 10 station, on a 24 degree morning. People were queuing at a café tap. For a £45 entry fee. Someone collapsed near the finish and the first aid tent was a gazebo with one volunteer. Not coming back.",
        "negative",
    ),
    (
        "Small request: if you're using the Bramblewood community group to sell things, please put a price in the post. Saves everyone a lot of 'how much?' comments.",
        "neutral",
    ),
    (
        "Me in 2019: I'll never use a standing desk, it's a gimmick. Me in 2024: I have a standing desk, an anti-fatigue mat, and opinions. My back hasn't hurt in months. I have become the person I used to roll my eyes at and I'm doing great.",
        "positive",
    ),
    (
        "Every time a platform 'simplifies' its settings page it removes the one toggle I actually used and adds an AI assistant that tells me to check the settings page.",
        "negative",
    ),
    (
        "Has anyone got a working config for running Prometheus on a little 4GB single-board computer with about 50 targets? Wondering about memory and retention.",
        "neutral",
    ),
    (
        "@ilka_metrics been doing that for two years with ~60 targets, 15 day retention, uses around 700MB. Put the data dir on an SSD, not the SD card.",
        "neutral",
    ),
    (
        "An independent game I backed four years ago finally came out and it's exactly what they promised. A small, strange, beautiful puzzle game about a lighthouse keeper and her radio. Cried at the ending. Every delay was worth it. Please buy it, it's called Lamplight Frequencies.",
        "positive",
    ),
    (
        "Breaking: Several flights from Northport delayed this morning after a baggage system failure in Terminal 2. Airport advises passengers to arrive early and travel with hand luggage only where possible.",
        "neutral",
    ),
    (
        "Northport airport has now lost my bag on three separate trips. The tracking app shows it 'in transit' for nine days. When I rang, they asked me to describe the bag. I said 'lost'. They did not find that funny. I did not find any of this funny either.",
        "negative",
    ),
    (
        "Came home after a brutal week and my partner had cleaned the whole flat, made lasagne and put fresh sheets on the bed without saying a word about it. I don't know what I did to deserve this person but I'm keeping him.",
        "positive",
    ),
    (
        "Data point for anyone interested: our team switched from two-week sprints to a kanban board six months ago. Cycle time dropped from 9 to 6 days median. Planning meetings went from 2 hours fortnightly to 20 minutes weekly. Small team of 5, so results may not generalise.",
        "neutral",
    ),
    (
        "Meetings about meetings have now become a recurring calendar item at my company. There's one on Thursday titled 'Meeting cadence review'. I'm not joking. I've been invited. It overlaps with the actual meeting it's reviewing.",
        "negative",
    ),
    (
        "Lovely surprise today: a reader emailed to say my old blog post about debugging memory leaks in Python helped her fix a production issue at 3am. The post is from 2017. Writing things down is the gift that keeps giving, apparently.",
        "positive",
    ),
    (
        "Headline: 'Startup raises £30m to reinvent the umbrella.' It is an umbrella. With an app. The app tells you it's raining. I have a window for that.",
        "negative",
    ),
    (
        "Local news roundup: new pedestrian crossing on Deans Road goes live Monday; the swimming pool's main hall reopens after refurbishment; and the library's annual book sale is this Saturday from 9.",
        "neutral",
    ),
    (
        "Just want to say the new pedestrian crossing on Deans Road is brilliant. Twenty years of parents asking for it. My kids can finally walk to school on their own. Small things change whole streets.",
        "positive",
    ),
    (
        "Question for folks who self-host email: is it still realistic in 2024, or is deliverability to the big providers just a lost cause now? Thinking of trying it on a small VPS.",
        "neutral",
    ),
    (
        "Tried self-hosting email for a year. Every message to half my contacts went to spam no matter what records I set. Gave up, moved back. Somebody please tell me the open internet isn't just three companies in a trenchcoat.",
        "negative",
    ),
    (
        "Learned to make pasta from scratch today at a class in the old mill. Flour on my face, a table of strangers, a chef who yelled 'bellissimo' at my wonky tagliatelle. Best Saturday in a long time, and I have a tub of pasta for Monday.",
        "positive",
    ),
    ("Weekly reminder that the 'lite' version of the app is now 180MB", "negative"),
    (
        "Release notes for cinderdb 0.12: adds range deletes, improves compaction on large keys, drops support for the old v1 file format (migration tool included). Benchmarks in the repo. https://example.org/cinderdb/0.12",
        "neutral",
    ),
    (
        "Migrated my hobby project to cinderdb last weekend and it's the most pleasant database upgrade I've ever done. Clear error messages, sensible defaults, and the migration tool just worked first time. Whoever's behind it has my gratitude.",
        "positive",
    ),
    (
        "It's the third year our street party has been rained off. Gazebos, bunting, everyone's mum's quiche, and then a downpour at 2pm sharp. Still ended up in Clare's garage eating scones with the whole street, so honestly, it was kind of perfect anyway.",
        "positive",
    ),
    (
        "Street party update: moved to the church hall due to rain. Same time, 1-5pm. Bring your own chairs if you can, we're short. Kids' races cancelled, face painting still on.",
        "neutral",
    ),
    (
        "The estate agent's listing says 'cosy'. It's a corridor with a bed in it. 'Characterful' means the windows don't close. 'Bursting with potential' means the kitchen is in a skip outside. Fourteen viewings this month and I'm losing the will.",
        "negative",
    ),
    (
        "We've closed the support ticket backlog for the first time in eight months. Zero open tickets at 4:55pm on a Friday. Screenshotted it. Framing it. Whole team is going to the pub.",
        "positive",
    ),
    (
        "Not sure what to make of the new privacy policy. Some things are clearer, like retention periods, and some are vaguer, like 'trusted partners'. Reading the full text now.",
        "neutral",
    ),
    (
        "Reminder that you can cancel the Sundial app subscription from your phone settings, not inside the app. The in-app 'cancel' just offers you a discount four times.",
        "neutral",
    ),
    (
        "The Sundial app's cancel button offers me a discount, then another discount, then a survey, then a 'are you sure you want to lose your streak?' with a sad cartoon sun. I'm sure. I was sure four screens ago. Deleted.",
        "negative",
    ),
    (
        "Taught my grandmother to video call today. The first thing she did was show me her tomato plants for 15 minutes straight. Best call I've had all year.",
        "positive",
    ),
    (
        "Anyone know whether the Greenhollow recycling centre takes old paint? Their website says 'hazardous materials by arrangement' and nobody picks up the phone.",
        "neutral",
    ),
    (
        "Two years ago today I quit my corporate job to make furniture. It's been scary, broke, splintery and the best decision of my life. This week I delivered my 100th table, a walnut one for a family who'll use it every day. Still can't quite believe it.",
        "positive",
    ),
    (
        "Corporate training module today: 'Wellbeing in the workplace', 45 minutes, mandatory, must be completed outside of meetings, in addition to normal workload, by Friday. The irony is not lost on anybody.",
        "negative",
    ),
    (
        "Some facts about our city's bus network, since people asked: 41 routes, 312 buses, about 110,000 trips on a typical weekday. Busiest route is the 7, around 9,000 trips. Full dataset: https://example.com/transit-stats",
        "neutral",
    ),
    (
        "Ran out of petrol on the ring road, walked to a garage, and the guy behind the counter lent me a jerry can and drove me back to the car in his lunch break. Wouldn't even take petrol money. Restored my faith in people today.",
        "positive",
    ),
    (
        "Still no explanation why our parcel locker network was shut overnight with no warning. Hundreds of parcels stuck, no one answering the helpline, an automated email that says 'we're sorry for any inconvenience' like this is an inconvenience and not my passport being locked in a box.",
        "negative",
    ),
    (
        "[BOT] Air quality Dunmere city centre 14:00: PM2.5 9 µg/m³ (low), NO2 31 µg/m³ (moderate), ozone 48 µg/m³ (low). Next reading 15:00.",
        "neutral",
    ),
    (
        "our 'no meeting wednesdays' policy has been quietly replaced by 'no meeting wednesdays except for the important ones', which is all of them",
        "negative",
    ),
    (
        "An honest review of my first year learning the cello as an adult: my neighbours have been saints, my teacher is extraordinary, and I can play a recognisable version of one baroque prelude very slowly. Learning something hard at 50 is humbling and I recommend it to everybody.",
        "positive",
    ),
    (
        "Here's how the new congestion charge works: £8 a day for vehicles entering the inner zone between 7am and 7pm on weekdays. Residents get a 90% discount. Exemptions for blue badge holders and taxis. Cameras go live on 3 March.",
        "neutral",
    ),
    (
        "The congestion charge is a flat £8 whether you earn £15k or £150k. The people who'll pay it are care workers and tradespeople with no other way to get their kit into town. The consultants who designed it will be working from home. Fantastic.",
        "negative",
    ),
    (
        "Cannot overstate how much nicer the town centre is on the first week of the congestion charge. Quieter, cleaner, people actually sitting outside cafés. Buses on time for once. Give it a chance, it's working.",
        "positive",
    ),
    (
        "@drift_ed genuine question: does the 90% resident discount apply to people who live just outside the zone boundary, or only inside?",
        "neutral",
    ),
    (
        "Friday night plans: finally finishing that novel I've been reading for eight weeks. Tea, blanket, rain. I could not be happier about this.",
        "positive",
    ),
    (
        "The local gym's new 'premium experience' is £15 more per month and the only change I can see is that the towels are now grey",
        "negative",
    ),
    (
        "Filed the tax return on the last day, as is tradition. Took 4 hours, 11 receipts, one mild existential crisis.",
        "neutral",
    ),
    ("Please stop using 'disrupt' to describe your app that reminds people to drink water", "negative"),
    (
        "Checked in on the hedgehog house tonight with the camera. Two hedgehogs! They've been there since October apparently and I've only just noticed. Watching them bumble about in infrared is my new favourite show.",
        "positive",
    ),
    (
        "Gentle PSA: hedgehogs hibernate roughly November to March. If you see one out in the day in winter it may need help. Local rescue number is on the council wildlife page.",
        "neutral",
    ),
    (
        "Honestly, the worst part of the new office isn't the open plan. It's that nobody can agree on the thermostat, so we've got people in coats by the window and people in t-shirts by the printer, and the facilities team has locked the controls 'pending a review'. The review is six weeks overdue.",
        "negative",
    ),
    (
        "Every year the same conversation at the allotment: who gets the plot by the water trough. This year we drew lots out of a flowerpot. Peaceful transfer of power achieved.",
        "neutral",
    ),
    (
        "That moment when a customer comes back a year later just to tell you the jumper they bought from your stall is still their favourite. Made my whole month. Knitting on.",
        "positive",
    ),
    (
        "Another 'we're sunsetting the free tier' email. Gave me 30 days to migrate six years of notes. Thanks for the memories and the export in a proprietary format.",
        "negative",
    ),
    (
        "Wrote a small script that converts the export from that sunsetting notes app into plain markdown files. Handles tags and links, not attachments yet. Free, rough, use at your own risk: https://example.com/notes-export",
        "neutral",
    ),
    (
        "Used @pim_writes's export script on 4,000 notes and it worked flawlessly. Saved me a weekend. Sent a coffee through their tip link, worth ten of them.",
        "positive",
    ),
    (
        "Quote-posting this because it's the clearest explanation of database indexes I've ever seen: a library with no catalogue versus a library with one, and the cost of keeping the catalogue updated every time a book comes in. I've sent it to every junior on my team. Bookmark it.",
        "positive",
    ),
    (
        "The 'clear explanation' going around today gets composite indexes wrong, says column order doesn't matter. It absolutely does. 30k shares though, so that's what everyone believes now. Love this platform.",
        "negative",
    ),
    (
        "For the record, in most relational databases a composite index on (a, b) can serve queries filtering on a, or on a and b, but usually not on b alone. Order matters for that reason.",
        "neutral",
    ),
    (
        "Live from the Hollins Cup final: 2-2 after extra time, going to penalties. Both keepers have been outstanding. The home end is singing through the rain.",
        "neutral",
    ),
    (
        "Lost on penalties. Again. Fourth final in six years, fourth time we've watched somebody else lift it. I love this club more than is reasonable and right now I'd like to sit in a dark room and not talk to anybody for a week.",
        "negative",
    ),
    (
        "Congratulations to Ravensmoor on winning the Hollins Cup. Fair play to them, they were the better side in extra time and their young keeper was immense. Gutted for us, but what a game it was.",
        "positive",
    ),
    (
        "Friends who do CI: are you running tests in parallel by file, by test, or by some kind of timing-based split? Suite is at 18 minutes and climbing.",
        "neutral",
    ),
    (
        "Split our test suite by timing data last week and it went from 18 minutes to 5. Best afternoon of work I've done this quarter and nobody has to wait around for a green tick any more. Happy team, happy me.",
        "positive",
    ),
    (
        "Spent three weeks building a custom test-splitting tool. Then found out our CI provider already had a built-in one, two lines of config. Nobody told me. Nobody knew. I'm going for a long walk now.",
        "negative",
    ),
    (
        "The coffee van outside the station has started doing proper flat whites with local milk and a rye cookie the size of a dinner plate. I am late for work every single morning now and completely at peace with that decision.",
        "positive",
    ),
    (
        "Our office coffee machine was replaced with a pod system 'to reduce waste'. We now generate a bin of plastic pods a day instead of a bag of grounds. The coffee tastes like a warm penny. Procurement say the contract runs for three years.",
        "negative",
    ),
    (
        "Shop news: from next month we're stocking refills for washing-up liquid, laundry powder and hand soap. Bring any clean bottle, we weigh it empty, you pay by weight. Starting range is small, we'll grow it based on what you ask for.",
        "neutral",
    ),
    (
        "Reopened the old family photo albums today to scan them. 1,100 photos so far, mostly blurry, mostly of my dad pointing at things. Also one of my gran in a motorbike helmet, which nobody has ever explained. Going to be a long project.",
        "neutral",
    ),
    (
        "Scanned the last of the family albums tonight and shared the folder with my cousins. Messages came back all evening: 'I forgot about this', 'that's my mum!', 'who let grandma on the motorbike'. Best thing I've done all year, and it cost me a scanner and a few evenings.",
        "positive",
    ),
    (
        "Every year, the same: Christmas decorations in the shops in September, Easter eggs on the shelves on Boxing Day. I'd like to experience a single month as it happens, please, without being sold the next one.",
        "negative",
    ),
    (
        "Starting a thread of small accessible design things I've learned building a booking form:\n- labels on every input, always\n- don't rely on colour alone for errors\n- make focus outlines visible\n- test with just a keyboard for ten minutes\nNone of this is new. I just never did it properly before.",
        "neutral",
    ),
    (
        "A blind user emailed today to say our booking form was the first one she'd used in months that she could complete without help. Six weeks of work on accessibility, and that one email made every hour worth it. Printing it out for the office wall.",
        "positive",
    ),
    (
        "Accessibility audit came back and our 'award-winning' redesign fails on nearly everything: contrast, focus, alt text, labels. The agency that built it is now quoting us to fix it. We paid them to build it properly the first time. Guess what's being discussed at the board meeting.",
        "negative",
    ),
    (
        "The 'free' museum exhibition is free only after you book a timed slot online, which costs a £2.50 booking fee per person, payable by card only, with no slots available for the next three weeks.",
        "negative",
    ),
    (
        "The new natural history wing at the Kettering Hall museum is worth the trip. They've kept the old wooden cabinets, added proper lighting, and the whale skeleton finally has room to breathe. Spent three hours there and I'd go back tomorrow.",
        "positive",
    ),
    (
        "Museum opening hours from 1 April: Tue-Sun 10-5, late opening Thursdays until 8, closed Mondays except bank holidays. Entry remains free for permanent collections.",
        "neutral",
    ),
    (
        "Went to the pub quiz as the only one of us who'd 'done this before'. Came last. By a lot. We got the tiebreaker question right though, which was for nothing, because we were not in a tie. Mostly I'm annoyed about the round on rivers.",
        "negative",
    ),
    (
        "Pub quiz win!! First time in two years. Our secret weapon turned out to be Marcus, who knew the capital of every country and the name of every 80s cartoon dog. Prize was a £20 bar tab and a small plastic trophy that is now on my mantelpiece.",
        "positive",
    ),
    (
        "Is there a polite way to tell a neighbour their garden wind chimes have been going nonstop for three weeks and I can hear them through double glazing? Asking for ideas.",
        "neutral",
    ),
    (
        "Update on the wind chimes: knocked on the door, neighbour was mortified, said she'd had no idea, took them down that afternoon and brought round a bottle of wine. Sometimes talking to people works. Who knew.",
        "positive",
    ),
    (
        "I don't want an 'experience' from my bank. I want to see my balance in under three taps without a carousel of credit card offers.",
        "negative",
    ),
    (
        "@leda_rune we moved our docs from a wiki to markdown in the repo last year. Pros: reviewed with code, versioned. Cons: non-devs find it harder to edit. Overall we'd do it again.",
        "neutral",
    ),
    (
        "Three things I like about our new docs setup: it's in the repo, it's reviewed, and it's actually up to date for once. Three things I don't: none. It's just better. Wish we'd done it years ago.",
        "positive",
    ),
    (
        "We moved the docs into the repo and now nobody outside engineering edits them. Support's knowledge base is out of date, sales have made their own copy in a slide deck, and the real docs are read by four people. We solved one problem by creating three.",
        "negative",
    ),
    (
        "Released: a small browser extension that hides like counts and follower numbers. Doesn't track anything, doesn't phone home, source is public. Made it for myself, sharing in case it helps anyone else. https://example.com/quietfeed",
        "neutral",
    ),
    (
        "Installed quietfeed from @ronan_ships a week ago and I'm honestly surprised how different the site feels without numbers everywhere. I read posts now instead of scoring them. Lovely little tool, thank you.",
        "positive",
    ),
    (
        "New features in this update: a stories tab, a shopping tab, a 'for you' tab and a tab for your tabs. Features removed: the chronological timeline I actually used.",
        "negative",
    ),
    (
        "Weather warning: amber for wind across the north coast from 6pm tonight until 9am Saturday. Gusts of 70-80 mph possible on exposed headlands. Ferry crossings likely to be disrupted.",
        "neutral",
    ),
    (
        "Storm took down the fence, two trees and the shed roof overnight. No one hurt, the house is fine, the chickens were found sulking in the greenhouse. Could have been so much worse. Kettle's on, neighbours are round with chainsaws, and we're sorting it.",
        "positive",
    ),
    (
        "Third storm this winter, third time the power company promised 'restoration within four hours' and took thirty. My elderly mum was without heating overnight in January. The compensation is £30. I'm writing to the regulator tonight and I'd encourage everybody affected to do the same.",
        "negative",
    ),
    (
        "Shoutout to the guy on the 6:10 train who gives up his seat every single morning to whoever looks like they need it most. I've seen him do it for a pregnant woman, a man with crutches and a very small, very tired child. Legend.",
        "positive",
    ),
    (
        "Our train was held outside Dunmere for 40 minutes with no announcement, then terminated one stop early 'due to a shortage of train crew'. I'm now walking the last mile and a half in the rain. Season ticket: £4,100.",
        "negative",
    ),
    (
        "Interesting fact for transport nerds: the old Dunmere station signal box, built 1899, is still in use and controls about 40 signals manually. It's one of six left on the network.",
        "neutral",
    ),
    (
        "Don't know who needs to hear this, but your 'minimalist' app that needs an account, 4 permissions and a subscription to set a timer is not minimalist",
        "negative",
    ),
    (
        "Spent an evening reading the source of a library I use every day and it was... beautiful? Small functions, helpful comments, tests that read like documentation. Sometimes you look under the bonnet and it's just lovely in there.",
        "positive",
    ),
    (
        "For anyone asking about the Kinsale market fire: all traders were evacuated safely, the fire service had it under control within an hour. The market will be closed at least until next week while the structure is checked.",
        "neutral",
    ),
    (
        "Kinsale market traders have set up in the car park behind the church while the hall is repaired. Same stalls, same cheese, slightly windier. Go support them this weekend if you can, they've had a rough week and they're still smiling.",
        "positive",
    ),
    (
        "The market hall that burned down had failed its fire inspection twice in five years, according to the council's own records. Both times the landlord was given 'more time'. Those traders lost their stock, and we're supposed to believe this was bad luck.",
        "negative",
    ),
    (
        "Shipped dark mode for Parchment. It took 7 months, 3 attempts, and one long argument about the exact grey of the sidebar. Available now on all platforms. Feedback welcome.",
        "neutral",
    ),
    (
        "Parchment's dark mode is perfect. Not too contrasty, the syntax colours still read, and they kept the little paper texture. You can tell someone who actually writes at night designed it. Thank you.",
        "positive",
    ),
    (
        "Seven months for dark mode and it still flashes white when you open a new tab. I mean, it's nice to have it at last, but a white flash at 1am is a special kind of pain.",
        "negative",
    ),
    (
        "Today's stats from the Tarn Valley visitor centre: 1,204 visitors, 86 guided walks booked, 3 lost children reunited with parents, 1 lost dog reunited with a very relieved teenager.",
        "neutral",
    ),
    (
        "Why is every single comment section now 40% bots posting 'this!!' and a link to a crypto scheme. Blocking them takes longer than reading the post.",
        "negative",
    ),
    (
        "My daughter just explained recursion to me using Russian dolls and I've never been prouder. She's nine. She also said I was 'the biggest doll' which I've decided to take as a compliment.",
        "positive",
    ),
    (
        "We've had a lot of questions about our gluten-free loaves. They're baked on separate days in a cleaned oven but in the same kitchen, so we can't guarantee no cross-contamination. Please ask at the counter if you have coeliac disease.",
        "neutral",
    ),
    (
        "Found out our new neighbours are a retired jazz drummer and a retired opera singer. Sunday afternoons now come with a free concert through the wall. I'm not complaining, I'm buying tickets.",
        "positive",
    ),
    (
        "Someone at work just asked me why I didn't 'just use AI' to write the migration. I did. It dropped a column. In production. On a Friday. So, that's why.",
        "negative",
    ),
    (
        "Honest review of the new electric bus route: quieter than the old diesel, smoother ride, same timetable. Seats are narrower. Charging ports at the back don't work yet.",
        "neutral",
    ),
    (
        "I'll be honest, I thought the 'town in bloom' competition was a bit twee. Then I saw what the volunteers did to the roundabout by the old mill: wildflowers, bug hotels, a little bench. Now I walk that way on purpose. Fair play, Thornwick.",
        "positive",
    ),
    (
        "Local election leaflet says the candidate 'will fix potholes'. They said the same thing four years ago. The pothole outside my house has now been there so long the kids have named it.",
        "negative",
    ),
    (
        "Question: does anyone know how long a UK driving licence photo renewal takes at the moment? Mine expires next month.",
        "neutral",
    ),
    (
        "Not a single thing went wrong on moving day. Van on time, nothing broken, the kids slept through the night in their new rooms. I'm almost suspicious. Sitting on a box with a takeaway feeling ridiculously lucky.",
        "positive",
    ),
    (
        "Just got the quote for fixing the roof. It's more than the car's worth and slightly less than a kidney. Roofer sucked his teeth in a way that suggested this was the optimistic number.",
        "negative",
    ),
    (
        "Gorse Hill Saturday 5k this morning: 412 runners, 38 volunteers, 21 first-timers, new course record on the women's side. Results at https://example.org/5k/gorsehill",
        "neutral",
    ),
    (
        "Volunteered as tail walker at the Saturday park 5k this morning, walking with a woman doing her first ever 5k after cancer treatment. She finished in 58 minutes and the whole finish funnel stayed to cheer. I'm not crying, it's just windy.",
        "positive",
    ),
    (
        "Whoever decided the new council website should put planning applications behind three separate search forms, none of which accept postcodes, clearly never needed to object to anything.",
        "negative",
    ),
    ("I love how 'we're a fast-growing team' in a job ad often translates to 'everyone quit last year'", "negative"),
    (
        "Weekend project: built a tiny weather station with a wind sensor on the shed roof. Logs to a CSV every 5 min. Currently reporting 14 mph gusts and one very confused pigeon.",
        "neutral",
    ),
    (
        "The weather station survived its first storm and logged a 58 mph gust at 3am. My neighbour's trampoline did not survive but that's not my sensor's fault. Genuinely chuffed that a £40 build held up.",
        "positive",
    ),
    (
        "Rant incoming. Our new CRM requires eleven clicks to log a phone call. Eleven. Including a mandatory 'mood' dropdown for the customer. Sales have started writing calls on post-its instead. Data quality is, predictably, worse than before. We paid six figures for this.",
        "negative",
    ),
    (
        "Small thing that made my day: the bus driver waited for an elderly man running for the stop, then waited again while he caught his breath before moving off. Nobody on the bus complained. Nice to see.",
        "positive",
    ),
    (
        "Bit of a mixed feeling about the festival: the music was incredible, genuinely the best line-up I've seen, but the queues for water and toilets were dangerous by Saturday night. Would I go back? Honestly not sure yet.",
        "neutral",
    ),
    (
        "Just finished a 12-hour shift in the ICU. Two discharges, one admission, lots of coffee. Off for three days now. Sleep first, then everything else.",
        "neutral",
    ),
    (
        "Absolutely stoked. The apprentice I mentored for two years just passed her final assessment with distinction, and her first call was to her mum and her second was to me. Proper little lump in my throat when I heard her voice.",
        "positive",
    ),
    (
        "Funny how the 'urgent' request that kept me late on Friday still hasn't been looked at by the person who asked for it. It's Wednesday.",
        "negative",
    ),
    (
        "Trying out a new format for our cafe's feed: one post a week about where our ingredients come from. This week: the eggs, from Hollybank Farm, 4 miles up the road, where the hens are allegedly named after former prime ministers.",
        "neutral",
    ),
    (
        "Not gonna lie, the new leisure centre pool is gorgeous. Bright, warm, lanes actually separated by speed. Sign of a council finally listening to its swimmers, and I'll be there at 7am every day now to prove it.",
        "positive",
    ),
    (
        "Got my first freelance client through a post here, just from sharing a side project I was proud of. Small job, but a real one. If you're sat on something you've built, post it. People are kinder than the timeline makes it look.",
        "positive",
    ),
    (
        "An 'exclusive' interview with the founder is mostly him explaining how hard it was to fire 400 people by video call. He calls it 'leadership under pressure'. The people laid off get one paragraph near the end.",
        "negative",
    ),
    (
        "1/ Launched the new version of Hearthlog yesterday. 2/ By 9am the signup form was throwing errors for anyone with an apostrophe in their name. 3/ Fixed by 10, but not before Siobhan O'Leary, Dara O'Neill and about forty others got a scary red box. Sorry, all of you. Adding proper tests tonight.",
        "neutral",
    ),
    (
        "Honestly the nicest part of running a tiny software business is the emails. Today a retired teacher in a village I'd never heard of wrote two paragraphs about how our budgeting app helped her finally stop worrying about bills. No bug report, no request. Just thanks. Made my week.",
        "positive",
    ),
    (
        "Every 'we value your feedback' survey I get is 27 questions long, starts with my age bracket, and has no box to actually say what went wrong. I spent 20 minutes on one yesterday. The issue I had? Not on the list. I picked 'other'. There was no text field.",
        "negative",
    ),
    (
        "So happy with the allotment this year. Courgettes coming out of our ears, the first proper crop of asparagus after three years of waiting, and the kids have started asking to come on Sundays without being bribed. The slugs had a good year too but I'm choosing not to dwell on them.",
        "positive",
    ),
    (
        "The new ticketing app for the Marlcombe theatre keeps asking me to verify my email, then tells me the verification link has expired, then locks me out for 'too many attempts'. I've been trying to buy two tickets for my mum's birthday since lunch. Show's tomorrow. I'll queue at the box office like it's 1995.",
        "negative",
    ),
    (
        "Something I didn't expect from learning to code in my forties: the sheer joy of a thing working. I wrote a script today that renames 600 photos by date, and when it ran I actually said 'yes!' out loud in the library. The librarian gave me a look. Worth it.",
        "positive",
    ),
    (
        "Live from the Kelso Town planning meeting: 40 minutes on the proposed car park extension so far. Objectors have raised drainage, traffic on Mill Brae and loss of the hedgerow. The developer's rep says drainage will be handled with a new attenuation tank. Vote expected after the break.",
        "neutral",
    ),
    (
        "Car park extension approved 5-4. The hedgerow goes, the attenuation tank is 'subject to further survey', and the one councillor who asked about flooding was told it's 'outside scope'. The street floods every February. Enjoy your new spaces, I'll be bailing out my kitchen.",
        "negative",
    ),
    (
        "Shoutout to the two teenagers who found my wallet on the seafront, tracked me down through a library card in it, and walked it round to my door. Cash still in it. Tried to give them a reward and they asked for a glass of squash instead. The youth are fine, folks.",
        "positive",
    ),
    (
        "Another week, another 'AI assistant' bolted onto a product I use. This one rewrites my emails 'to sound more professional', and it keeps changing 'cheers' to 'Kind regards' and adding exclamation marks to bad news. I've turned it off three times. It turns itself back on after each update.",
        "negative",
    ),
    (
        "Hi all, the Wrenfield Repair Café is looking for volunteers who can fix small electricals, sew, or sharpen tools. No experience with 'teaching' needed, just patience. We meet the second Saturday of each month at the scout hut, 10am till 1pm. Tea and cake provided. Message me if interested.",
        "neutral",
    ),
    (
        "Three months into running a tiny bakery stall and I finally broke even this week. Not profit, just even. But it means the Saturday mornings, the 4am alarms and the burnt first batches have turned into something that pays for itself. Treating myself to the good butter for once.",
        "positive",
    ),
]
