"""Hand-written replies inside discussion threads (tech, products, public affairs like transit and
housing, sports, hobbies, work, science, support forums), labelled with the author's own expressed
sentiment. All names, products, companies, towns and usernames are fictional."""

POSTS = [
    ("Source?", "neutral"),
    ("This.", "positive"),
    ("lol no", "negative"),
    ("Same here, started Tuesday night for me too.", "neutral"),
    ("Exactly right.", "positive"),
    ("That's not how any of this works.", "negative"),
    ("Which firmware version are you on?", "neutral"),
    ("Bookmarking this, thanks.", "positive"),
    ("Cool story.", "negative"),
    ("> Just restart the router\n\nI have. Four times. Still drops every 20 minutes like clockwork.", "negative"),
    ("Worked first try. You're a legend.", "positive"),
    ("Nope, the 2019 model doesn't have the second SATA port.", "neutral"),
    ("imagine paying 40 a month for this", "negative"),
    ("Came here to say this.", "positive"),
    (
        "Did you check whether the service account has write access to that bucket? That's usually the culprit when the upload returns 403 but the listing works fine.",
        "neutral",
    ),
    (
        "> The new timetable adds two extra trains per hour on the Millbrook line\n\nThey said the same thing in 2021 and we got one extra train that ran half empty at 10:40am. I'll believe it when the 7:50 stops being a sardine tin.",
        "negative",
    ),
    (
        "Honestly one of the most useful threads on this forum. I've been fighting my sourdough for three months and the bit about the fridge retard on day two finally made it click. Loaf came out with an actual ear this morning and my partner asked if I bought it.",
        "positive",
    ),
    ("Moved to pinned.", "neutral"),
    ("Thread locked. Please keep discussion in the megathread.", "neutral"),
    ("oh good, another 'redesign' that moves every button I use", "negative"),
    ("Fair point, I hadn't thought about the weight of the battery pack.", "positive"),
    (
        "Not sure that's true. The referee can't award a penalty from the VAR screen unless the on-field call was a clear error; the review is about the decision, not the replay itself.",
        "neutral",
    ),
    (
        "The crossing in front of Dunmore primary has had three near misses this term alone. I wrote to the council in September. Automated reply, then nothing. Apparently a child actually being hit is the threshold for a painted line.",
        "negative",
    ),
    ("Nice build! What switches did you go with?", "positive"),
    ("Genuinely asking: what does this do that a cron job doesn't?", "neutral"),
    ("Genuinely asking: who looked at this UI and thought 'yep, ship it'?", "negative"),
    (
        "> It's 2.4GHz only\n\nIt's dual band, the 5GHz radio is just disabled by default in the admin panel under Wireless > Advanced.",
        "neutral",
    ),
    (
        "Hi Marta, thanks for your patience while we looked into this. Our engineering team has confirmed the sync issue affects accounts created before March, and a fix is scheduled for the 4.12 release next week. In the meantime you can force a resync from Settings > Accounts > Refresh. I'll update this thread once the release is out. If the resync doesn't clear it, reply here with your account email and I'll check the logs directly.",
        "neutral",
    ),
    (
        "Update for anyone who lands here from search: I tried everything in this thread, including the registry edit, reinstalling the driver from the vendor site, and swapping the USB port. None of it worked. Contacted Brightwell support, got told to 'try restarting', then a ticket closed as resolved without anyone replying to my last message. Returned the dock. Bought a cheaper one from a different brand and it just works. Sorry I don't have a better answer.",
        "negative",
    ),
    (
        "This is the kind of reply that makes me keep coming back to this forum. Clear, tested, explained why and not just what. Thank you for taking the time.",
        "positive",
    ),
    ("Same problem on Android 13, midrange phone. Logs attached below.", "neutral"),
    ("Ngl this is the best patch they've shipped in a year", "positive"),
    ("we've been over this like six times in this sub", "negative"),
    ("The conversion factor is 0.0254, not 0.254. Easy slip, but it's why your numbers are ten times off.", "neutral"),
    (
        "> housing is expensive because people are greedy\n\nGreed is a constant. It didn't suddenly increase in 2015. What changed is that Harlow Vale approved about 300 new homes a year while adding 2,000 jobs a year, and zoned 80% of residential land for detached houses only. Prices do what prices do when supply is capped.\n\nYou can be angry at landlords, fine, but if the planning rules stay the same, swapping out every landlord for a saint wouldn't move rents much.",
        "neutral",
    ),
    (
        "I ran it on my Pi 4 for about six weeks. Memory usage crept up from 180MB to about 900MB before the OOM killer took it out. Restarted nightly with a systemd timer since then and it's been stable.",
        "neutral",
    ),
    (
        "Absolutely love that you included the wiring diagram. Half the guides out there just say 'connect it up' like that's obvious.",
        "positive",
    ),
    ("So the solution is to buy the premium plan. Got it. Very helpful.", "negative"),
    ("yeah that's a known thing, the workaround is in the pinned FAQ", "neutral"),
    ("Same here", "neutral"),
    ("Agreed, and I'd add: test on a cold engine too.", "positive"),
    ("Pass.", "negative"),
    ("Welcome to the club!", "positive"),
    ("What's the torque spec on those bolts?", "neutral"),
    (
        "I used to think the same thing about pair programming, that it was two salaries for one output. Then I got put on a team that did it properly (rotating, not the same senior dictating to a junior all day) and the number of bugs that made it to review dropped off a cliff. Onboarding went from months to weeks. It's not for every task, but for the gnarly stuff it genuinely pays for itself. Glad to see someone else making the case.",
        "positive",
    ),
    (
        "> our team switched to four-day weeks and productivity went up\n\nMeasured how? Tickets closed? Because our team 'went up' too, right after everyone started splitting tickets into three.",
        "negative",
    ),
    (
        "The bus lane on Orchard Road is enforced 7-10am and 4-7pm weekdays only. Outside those hours you can drive in it.",
        "neutral",
    ),
    ("finally someone said it", "positive"),
    ("Whoever wrote this has never actually worked a night shift.", "negative"),
    ("Thanks, that did it! Turns out the fuse was the wrong rating all along.", "positive"),
    ("Tried the flag. Same error, just a different line number now.", "negative"),
    ("Tried the flag, error changed to a timeout. Progress? Posting the full trace below in case it helps.", "neutral"),
    (
        "Hi Sam, I'm sorry to hear the replacement arrived damaged as well. That's not the experience we want for anyone. I've sent a prepaid return label to the email on the order, and a new unit will ship today by tracked courier. No need to wait for the old one to come back.",
        "neutral",
    ),
    (
        "That's three weeks and four agents now, and each one asks me to send the same photos again. At this point I'm not sure anyone at Lumora actually reads the ticket history.",
        "negative",
    ),
    ("Can confirm, 3.8 fixed it for me.", "neutral"),
    ("Can confirm, 3.8 fixed it for me. Thank you so much, I was about to roll the whole cluster back.", "positive"),
    (
        "Respectfully, the stats don't back that up. Over the last three seasons he's averaged more progressive passes than any other midfielder in the league, he just doesn't score, so people assume he's doing nothing.",
        "neutral",
    ),
    ("He's been 'one season away' for four seasons.", "negative"),
    ("Best signing we've made in a decade and I will not be taking questions.", "positive"),
    ("Any idea if this also works on the older dishwasher models with the blue display?", "neutral"),
    (
        "Our local co-op did the bulk order thing last spring and honestly it was the nicest community project I've been part of. Thirty-odd households, two weekends, everyone got their rain barrels for about half retail, and I met more neighbours in that fortnight than in five years of living here. If your area is thinking about it, just do it.",
        "positive",
    ),
    (
        "I'd push back a little on the 'just use SQLite' advice. It's great, I use it all the time, but once you've got more than a handful of concurrent writers you'll hit lock contention and the fixes (WAL mode, retry loops, queueing writes) add their own complexity. For the OP's case, a small Postgres instance is probably less work overall.",
        "neutral",
    ),
    ("Not every problem needs Kubernetes. This problem especially didn't.", "negative"),
    ("Appreciate you coming back to post the solution. So many threads just end with 'nvm fixed it'.", "positive"),
    ("nvm fixed it", "neutral"),
    (
        "The study had 41 participants and no control group. Interesting as a pilot, but I wouldn't change my diet over it.",
        "neutral",
    ),
    (
        "Every year there's a new 'miracle' supplement study with 40 people in it, and every year this forum loses its mind. Then the replication comes out with a null result and nobody posts that one.",
        "negative",
    ),
    (
        "This is such a lovely write-up. My grandad kept pigeons and reading this brought back a lot of memories of Sunday mornings in his loft.",
        "positive",
    ),
    (
        "Bit of a tangent, but when I was at Fenwick Rail we had the exact same setup: a single signalling controller feeding two junctions. When it failed one morning both lines stopped for about three hours. They split it into two controllers the following year.",
        "neutral",
    ),
    ("thank u!!! 🙏", "positive"),
    ("🤡", "negative"),
    ("+1, we need this too", "neutral"),
    ("Removed: rule 3, no self-promotion.", "neutral"),
    ("The mods here are doing a great job keeping things civil lately, just wanted to say that.", "positive"),
    (
        "Another week, another 'we're aware of the issue' banner. Paying customers since launch and the export button has been broken since October.",
        "negative",
    ),
    (
        "For what it's worth, the reason they removed the headphone jack wasn't space. The teardowns show there's a cavity there now. It's easier to waterproof without it and it pushes people to the wireless accessories. Both can be true.",
        "neutral",
    ),
    (
        "Short answer: yes, you can run them in parallel, but you'll need to change the default port on the second instance.",
        "neutral",
    ),
    (
        "As someone who's worked support for eight years, please keep posting threads like this. When a customer lays out exactly what they tried, what happened and what they expected, it saves us so much back and forth. Honestly a joy to read.",
        "positive",
    ),
    (
        "Love how the 'community manager' replied to every thread today except the one about the billing bug.",
        "negative",
    ),
    (
        "We had 14 people at the club meet on Saturday despite the rain, which is a record for February. Next one is the 9th, same car park.",
        "positive",
    ),
    ("Next meet is the 9th, same car park, 8am start. Bring a spare tube.", "neutral"),
    (
        "Hmm, I'm seeing the opposite. My battery life got better after the update, maybe 10-15% on a normal day.",
        "neutral",
    ),
    (
        "Shoutout to the person who suggested switching to the 0.4 nozzle. My prints have never looked this clean.",
        "positive",
    ),
    ("I don't want to be that guy, but the original poster literally said they're on Linux.", "negative"),
    (
        "What a ridiculous take. The stadium hasn't sold out since the ticket prices doubled, and you're blaming the fans for being 'fickle'.",
        "negative",
    ),
    (
        "Attendance has dropped about 18% since the price change, per the club's own annual report. Whether that's the prices or the results is hard to separate.",
        "neutral",
    ),
    ("I think the limit is 64, not 32. It was raised in the 2.0 release.", "neutral"),
    (
        "Thanks for the suggestion. Unfortunately it didn't help, the fan still spins up as soon as I open a browser. I'll try the BIOS update next and report back.",
        "neutral",
    ),
    (
        "I appreciate the effort but this is about the fifth time someone has suggested 'update your drivers' and, again, they are up to date. Has anyone actually had this problem and solved it?",
        "negative",
    ),
    (
        "That last paragraph hit home. I left a job two years ago for exactly that reason: the work was fine, the people were fine, but nobody could tell me what 'good' looked like and every review moved the goalposts. Where I am now has a written promotion rubric and it's made a ridiculous difference to how I feel on a Monday.",
        "positive",
    ),
    (
        "> Just use the official installer, it handles everything\n\nIt handles everything except the one thing I needed, which was installing to a drive that isn't C:. The installer greys out the path field unless you're an admin, and on a work laptop I'm not an admin. So I spent my afternoon unpacking the MSI by hand, setting environment variables, and discovering that half the plugins hardcode the default path anyway. 'Handles everything' is doing a lot of work in that sentence.",
        "negative",
    ),
    (
        "Just wanted to come back and say thank you to everyone who replied last month when I asked about getting back into running after the knee surgery. I followed the walk-run plan that @hillfox_42 posted, kept a log like someone suggested, and stopped whenever the knee felt hot rather than sore. This morning I did 5k without walking for the first time in two years. It was slow, it was ugly, and I had a massive grin on my face the whole way round. You lot are brilliant.",
        "positive",
    ),
    (
        "A couple of corrections to the article being quoted upthread:\n\n1. The tram extension was approved in 2019, not 2020. The 2020 date is when the funding was confirmed.\n2. The cost figure includes the depot upgrade, which was a separate line item in the original plan.\n3. The ridership estimate of 12,000 a day is for the full route including the second phase, which hasn't been approved yet.\n\nNone of that changes whether it's a good or bad project, but the numbers being thrown around are mixing up different scopes.",
        "neutral",
    ),
    (
        "I get why people are excited but I've been around long enough to see this exact pitch three times. A small team promises an open, community-governed alternative, the early adopters evangelise it everywhere, it gets acquired or runs out of money around year two, and everyone migrates again with half their data mangled. I'm not saying don't try it. I'm saying keep your exports current and don't build anything you can't afford to lose on top of it.",
        "negative",
    ),
    (
        "Honestly this is one of the best explanations of eventual consistency I've read. The analogy with the shop noticeboards and people updating them at different times made it click for me after years of nodding along in meetings. I've already forwarded it to two juniors on my team. If you ever write up the bit about conflict resolution that you hinted at at the end, I'll be first in line to read it.",
        "positive",
    ),
    (
        "Our support team's official answer on this, since a few people have asked:\n\nThe 'last seen' timestamp is updated when the app is opened in the foreground, not when it receives background notifications. That's why it can look stale even if you've been getting messages. This is by design for battery reasons. We've noted the feedback that it's confusing and it's been passed to the product team, but there's no change planned for the next two releases.",
        "neutral",
    ),
    (
        "I'll be honest, I was a hardliner on this. Cycle lanes on the high street, removing forty parking spaces, I went to the consultation meeting specifically to object. It's been open eight months now. Footfall at my shop is up, not down; the bakery next door says the same. Turns out people on bikes stop more often than people hunting for a parking space. I was wrong and I'm happy to say so.",
        "positive",
    ),
    (
        "The ones who keep saying 'just move somewhere cheaper' have clearly never tried it. Cheaper towns around here have one bus an hour, no jobs that pay more than minimum wage, and a two-year waiting list for the GP. So you move, save 300 a month on rent, spend 250 of it on a car you now need, and lose two hours a day commuting back to the city where the work is. Brilliant plan. Really solved it.",
        "negative",
    ),
    (
        "I work at a mid-sized logistics company and we moved from the on-prem version to the cloud plan about eighteen months ago. Practical notes, since the thread is mostly opinions:\n\n- Migration took us about six weeks, mostly because of custom fields.\n- Report generation is faster, but scheduled exports now have a 24-hour delay on the lower tier.\n- SSO requires the enterprise plan.\n- Their API rate limits are per workspace, not per user, which bit us once.\n\nWe're staying on it for now.",
        "neutral",
    ),
    (
        "Can't believe this has been open since 2021 with 400 thumbs up and the maintainers' last comment is 'we'll look into it'. I'm not entitled to anyone's free labour, I get that, but then don't put 'production ready' in the README. We built a whole pipeline around this and now we're stuck forking it just to get a timeout setting that every other client library has had for a decade.",
        "negative",
    ),
    (
        "Reading this thread on the train home and it's made my whole week. My daughter has been building the same little robot kit for a month, getting frustrated, almost giving up. I showed her your photos of the first three failed versions before your finished one and she went very quiet, then said 'so even grown-ups get it wrong first'. She's back at the kitchen table with the soldering iron now. Thank you for posting the messy bits.",
        "positive",
    ),
    (
        "> Anyone who's played for more than a week knows the ranked system is rigged\n\nI've looked into this a fair bit because I was convinced of the same thing. The matchmaking uses a fairly standard rating system with a hidden uncertainty value. When you're on a losing streak, the system isn't 'punishing' you: your rating has dropped and the uncertainty has gone up, so you're matched against a wider spread of players. That feels like being thrown to the wolves but it's just the maths widening the search.",
        "neutral",
    ),
    (
        "What bothers me about the proposal isn't the rent cap itself, it's that there's nothing in it about maintenance. We already have landlords round here who won't fix a boiler for three months. Cap what they can charge and leave enforcement as it is, and I'd bet money the repairs get slower still. It reads like it was written by someone who has never had to chase a letting agent for a broken window in January.",
        "negative",
    ),
    (
        "Had my first proper day on the allotment today since the committee finally sorted out the water supply. Three hours, turned over two beds, planted garlic, and the chap on the next plot gave me a bag of rhubarb crowns just because. Sore back, muddy boots, very content.",
        "positive",
    ),
    (
        "For context, I'm a structural engineer, not an architect. The crack pattern in your photo (diagonal, wider at the top, running from the corner of the window) is usually a sign of differential settlement rather than just plaster shrinkage. It's not necessarily serious, but it's worth getting a surveyor to put tell-tales across it and monitor it for a few months before you do any cosmetic repair. If it keeps widening, the foundations on that corner may need looking at.",
        "neutral",
    ),
    (
        "Hi all, Priya from the Northdale Tools support team here. We've seen a few reports of the charger LED flashing amber after the recent firmware update. This indicates the battery temperature sensor is reading outside its range. Most cases clear if you let the battery rest at room temperature for an hour. If it persists, please open a ticket with your serial number and we'll arrange a replacement under warranty.",
        "neutral",
    ),
    (
        "Priya, thanks for the update, but 'let it rest for an hour' isn't really a fix when the battery was at room temperature to begin with. Mine's been sitting in the hallway for two days and it still flashes amber. I opened a ticket on the 3rd. Nobody has replied. This is the only reason I'm posting here. It's a 200 tool and I've had it four months.",
        "negative",
    ),
    (
        "Update: Priya picked up my ticket an hour after I posted this, and a replacement battery is already on its way. Credit where it's due, that was quick once it reached the right person.",
        "positive",
    ),
    (
        "Every single one of these 'productivity' threads ends up recommending the same stack of four apps that all need their own subscription and all sync to each other badly. I tried the whole setup last year. Spent more time maintaining my system than doing work. Went back to a paper notebook and a calendar. Somehow I get more done and I'm not paying 38 a month to be reminded that I'm behind.",
        "negative",
    ),
    (
        "I run a small bike repair co-op and I just want to say the tip about using a zip tie to hold the chain while you reconnect the quick link has saved me a ridiculous amount of fiddling. Passed it on to all our volunteers. Small things like that are why I love this forum.",
        "positive",
    ),
    (
        "> What's the difference between the 500 and the 500X?\n\nThe X has the larger 5,000mAh battery, a metal frame instead of polycarbonate, and 256GB base storage instead of 128GB. Camera hardware is identical. Same chip. The X is about 40g heavier. If you don't need the storage, the regular 500 is the better value; if you're hard on phones, the metal frame has held up noticeably better in drop tests.",
        "neutral",
    ),
    (
        "I really don't understand the hate this season's kit is getting. The collar's a bit odd, sure, but the colours are the closest they've been to the 1990s shirts in years and it actually fits people who aren't built like a professional athlete. Bought one for myself and one for my dad and he's worn it three days straight. Well done to whoever designed it.",
        "positive",
    ),
    (
        "So the 'upgrade' removed offline mode, doubled the load time, and added a feed of articles I never asked for on the home screen. And the changelog says 'improved experience'. For who, exactly?",
        "negative",
    ),
    (
        "Quick note for anyone comparing the two routes: the coastal path is about 4km longer but almost entirely flat; the inland route has two steep climbs around the 9km and 14km marks. Water refill points are at Kessock Bay cafe and the visitor centre on the inland route only. Both are well signposted. Parking at the start fills up by about 9am on weekends, and there's a bus back from the far end every two hours.",
        "neutral",
    ),
    (
        "I'm a nurse and I'd gently disagree with some of the replies here. The new shift patterns aren't great, but the old ones weren't either, and at least now handover happens at a sensible hour. There are real problems with staffing that no rota will fix. I'd rather we argued about those than about which bad rota is the less bad one.",
        "neutral",
    ),
    (
        "Dropping in to say I've been using this library in production for about two years now and it's been rock solid. The maintainers answer issues within a day, the docs are actually accurate, and the one time we hit a real bug they had a patch out in under a week. Whoever's funding it, please keep doing that.",
        "positive",
    ),
    ("yeah I'm gonna need more than a screenshot of a tweet before I believe that", "negative"),
    ("OP, please update us when you hear back from the landlord!", "neutral"),
    ("Hope your dog recovers quickly ❤️", "positive"),
    ("Rest in peace to the old forum software. It was ugly but it never lost a post.", "negative"),
    ("Where did you get the replacement gasket? The part number in the manual seems to be discontinued.", "neutral"),
    (
        "> Is it worth learning Rust in 2024?\n\nDepends what you want out of it. If you write systems code or performance-sensitive services, yes, it's become a very reasonable default. If you mostly build CRUD web apps, you'll spend a lot of time fighting the borrow checker for benefits you may never notice. I'd try a small CLI tool in it first. You'll know within a weekend whether the model suits how you think.",
        "neutral",
    ),
    (
        "I tried the suggestion about disabling hardware acceleration and it actually made things worse, the video now stutters every few seconds instead of once a minute. Put it back. Still looking for ideas if anyone has them, I'm on a mid-range laptop with integrated graphics, latest drivers, nothing unusual installed.",
        "neutral",
    ),
    (
        "Tried disabling hardware acceleration as suggested. Now it stutters constantly instead of occasionally. Reinstalled, reset settings, same thing. Three weekends on a media player. I'm done, going back to the old version and blocking updates.",
        "negative",
    ),
    ("The fact that this comment has more upvotes than the actual answer says everything about this sub.", "negative"),
    ("Oh wow, I had no idea the library ran a repair cafe. Going this Saturday with my broken lamp!", "positive"),
    ("Cheers mate, sorted.", "positive"),
    (
        "My experience has been very different. I bought the same model in March, ran it daily, no issues at all. Maybe a bad batch?",
        "neutral",
    ),
    (
        "I emailed the council about the bin collection changes and got a reply within two days from an actual person who explained the new route and said they'd look at our street specifically. Wasn't expecting that at all. Bins came on time this week.",
        "positive",
    ),
    (
        "I've been a paying member of this community since the crowdfunding campaign and the direction lately genuinely makes me sad. It used to be about people sharing weird little projects they'd made in their garden sheds. Now half the front page is sponsored reviews and affiliate links, and the showcase threads get three replies while 'top 10 gadgets under 50' gets three hundred. I'm not angry, I just miss what it was.",
        "negative",
    ),
    (
        "Agreed with everything except the last point. The second-hand market for these is actually pretty healthy if you know where to look; I got mine for about 60% of retail with a year of warranty left.",
        "neutral",
    ),
    (
        "That's a really thoughtful reply and I think you've changed my mind on the zoning question. I was treating it as all-or-nothing, but the idea of allowing terraces and low-rise flats near stations only, rather than everywhere, addresses most of what I was worried about. Thanks for taking the time to write it out.",
        "positive",
    ),
    (
        "> the referee was fine, we just didn't turn up\n\nBoth can be true. We were poor for 70 minutes. We were also denied a stonewall penalty in the 81st. I'd rather not pretend one cancels the other.",
        "neutral",
    ),
    (
        "Peak customer service: they closed my complaint about tickets being closed without a reply by closing it without a reply.",
        "negative",
    ),
    (
        "Fwiw, the 'reboot and wait 30 seconds' thing isn't folk wisdom, it's to let the capacitors drain so the modem does a cold start instead of a warm one. Sometimes makes a difference, sometimes doesn't.",
        "neutral",
    ),
    (
        "This is fantastic work. The before-and-after photos of the restoration are incredible; I can't believe that's the same cabinet.",
        "positive",
    ),
    ("Nobody reads the docs, then complains the docs are bad. Classic.", "negative"),
    (
        "The docs say the default is 30 seconds, but the code says 60. I've opened an issue to get one of them changed.",
        "neutral",
    ),
    (
        "I work in procurement for a housing association, and I want to add some detail to the 'why are repairs so slow' thread because it's not quite the villain story people think. Most of our repairs go to framework contractors who are paid per job at rates fixed three years ago. Materials have gone up about 40% since then. So the contractors prioritise the jobs that still make money and let the rest drift. We're renegotiating, but it takes eighteen months. None of that helps a tenant with a leaking ceiling, I know.",
        "neutral",
    ),
    ("Respect for admitting you were wrong in the edit. That's rare on here.", "positive"),
    ("Is this sarcasm? I genuinely can't tell anymore.", "neutral"),
    ("If your 'simple' setup guide needs 47 steps and three config files, it isn't simple.", "negative"),
    (
        "The sheer amount of good will in this thread is lovely. Three strangers offering to lend OP their tools for the weekend. This is why I still use forums.",
        "positive",
    ),
    ("Removed the duplicate, please keep replies in the original thread.", "neutral"),
    (
        "I'm not convinced. Every benchmark in the post uses a dataset that fits in memory. The whole point of the old approach was handling data that doesn't. Show me the numbers at 500GB and I'll be interested.",
        "negative",
    ),
    (
        "One thing that hasn't been mentioned: the warranty is void if you open the case, but the battery replacement guide on their own support page tells you to open the case. I asked support about this and they said battery replacements done following the guide don't void it. Worth getting that in writing before you start.",
        "neutral",
    ),
    (
        "Ordered the blue one on your recommendation. It arrived yesterday and it is even nicer in person. My desk has never been so tidy.",
        "positive",
    ),
    ("lmao the confidence of this reply", "negative"),
    ("Appreciate it 👍", "positive"),
    ("did you ever figure this out? having the same issue", "neutral"),
    (
        "> Have you tried turning off the battery optimisation for the app?\n\nYes, that was the first thing I did, and the second thing was whitelisting it in the vendor's own 'power guardian' thing, and the third was disabling adaptive battery entirely. Notifications still arrive twenty minutes late or in a big clump when I unlock the phone. I've now spent more time debugging this phone's notification system than I spent choosing the phone. Every forum post about this brand has the same four suggestions and none of them work. I'm starting to think the answer is 'buy a different phone', which is a fun thing to realise eleven months into a two-year contract.",
        "negative",
    ),
    (
        "Thank you, thank you, thank you. I've been trying to get the home server to survive a power cut for weeks. Your tip about setting the BIOS to 'power on after AC loss' and then putting the containers on restart: unless-stopped was the missing piece. We had a proper outage last night during the storm, and when the power came back at 3am everything came up on its own: photos, the media server, the little weather dashboard my son built. I didn't have to touch a thing. Feels like magic, honestly. Buying you a virtual pint.",
        "positive",
    ),
    (
        "Some background that might help, since I used to do timetabling for a regional bus operator. The reason the 42 and 43 arrive together so often isn't incompetence; it's a well-known effect called bus bunching. If one bus is slightly late, more people are waiting at each stop, so it takes longer to board, so it gets later still. Meanwhile the bus behind it finds empty stops and catches up. Without active headway management (holding buses at timing points) they'll always end up in pairs. Some operators do that, some don't, and it costs money either way.",
        "neutral",
    ),
    (
        "I want to gently say that this thread has turned into a pile-on and I don't think it's fair on the OP. They asked a beginner question about whether to start with watercolour or gouache. They got told their sketch was 'amateurish' (they're an amateur, that's the point), that they should 'learn to draw first', and a lecture about pigment lightfastness. None of that answers the question. For what it's worth, OP, gouache is more forgiving when you're starting out because you can paint light over dark. Have fun with it.",
        "negative",
    ),
    (
        "Three months in on the new team and I think I can finally say it: this is the best place I've worked. Managers actually block out time for one-to-ones and don't cancel them. When something breaks in prod, the postmortem is about the process, not about who pushed the button. I asked a 'stupid' question in the main channel last week and four people jumped in to help, and one of them was the CTO. I spent years thinking that kind of place was a myth invented for recruitment ads.",
        "positive",
    ),
    (
        "> the new fare caps will save commuters a fortune\n\nFor some commuters. The cap is daily, and most people who commute five days a week were already on a monthly pass that works out cheaper than five capped days. Where it helps is part-time workers and people doing two or three days in the office, which is a growing group. Roughly, if you travel fewer than 14 days a month, the cap is likely better; more than that, stick with the pass. The council's own calculator on example.org/fares is accurate, I've checked it against my statements.",
        "neutral",
    ),
    (
        "I genuinely do not understand how a company this size ships a point release that deletes user data. Not 'corrupts in rare cases', deletes. Reports started coming in within an hour of the rollout. It took them nine hours to pull the update and the statement they put out this morning calls it 'an issue affecting some users' with no mention of backups, recovery, or what actually went wrong. I've been recommending this app to people for years. I won't be anymore, and I've already started moving my notes out.",
        "negative",
    ),
    (
        "Seconding everything said about the local climbing wall. I went for the first time last month, absolutely terrified, couldn't get past the second hold on the easiest route. The staff member on the desk noticed, came over, and spent ten minutes showing me how to use my legs instead of hauling myself up with my arms. Didn't charge me for it, didn't make me feel stupid. I've been back six times since and finally topped out a green on Thursday. If you've been thinking about trying, go.",
        "positive",
    ),
    (
        "Some thoughts from someone who's been on both sides of this. I ran a small online shop for five years and I've also done contract support for a much bigger retailer.\n\nThe refund delays people are describing are almost always down to the payment processor holding funds, not the shop sitting on your money. Card refunds can take 5-10 working days to show even after the shop has sent them. PayLoop-style wallets are faster. If it's been longer than 14 days, ask the shop for the refund reference number; your bank can trace it with that.",
        "neutral",
    ),
    (
        "This is honestly the most backwards decision I've seen the league make, and that's a high bar. Moving the cup final to a Thursday night so it fits a broadcast slot means half the away fans can't get there without taking two days off work. The teams have traveling supporters who've been going to every round for months. They've just been told, politely, that the TV audience matters more than they do. Nobody in that office has stood on a cold terrace in their life.",
        "negative",
    ),
    (
        "Small thing, but the new release finally lets you rename a layer by double-clicking it instead of digging through a context menu. I've wanted that for about six years. Whoever did that: I see you, and I appreciate you.",
        "positive",
    ),
    (
        "From the changelog:\n\n- Renamed 'Projects' to 'Workspaces'\n- Removed legacy CSV importer; use the new Import wizard\n- Minimum supported OS is now version 12\n- Fixed crash when opening files larger than 2GB\n\nFull notes on example.com/releases/5-0. Upgrade path from 4.x is automatic.",
        "neutral",
    ),
    (
        "> Why don't they just build more housing?\n\nThey are, just not where the jobs are. In the Corran Valley district there are 3,400 homes with planning permission that haven't been started because the developers are waiting for prices to rise. Meanwhile in the city centre, where people actually want to live, every proposal over four storeys gets fought for years. So you get estates going up next to ring roads with no bus service and the waiting list in town doesn't move. It's not a mystery, it's a set of decisions.",
        "neutral",
    ),
    (
        "Really sorry to hear about your cat. Seventeen is a wonderful age and it sounds like she had a very loved life. The photo of her in the laundry basket made me smile.",
        "positive",
    ),
    (
        "I was going to reply seriously but then I saw you posted the same 'hot take' in four other threads this morning.",
        "negative",
    ),
    ("That's clever. Never thought of using the dishwasher rack as a drying stand for the prints.", "positive"),
    (
        "The heat pump question gets asked a lot so here's a condensed version of what I've learned after two winters with one in a 1930s semi:\n\n- Running costs roughly match our old gas boiler, slightly lower in mild months, slightly higher in the cold snaps.\n- You need bigger radiators in some rooms. We replaced three.\n- It runs low and slow, so the house is never 'blasted' warm, just steadily warm.\n- The outdoor unit is quieter than a fridge.\n\nWould I do it again? Probably, but I'd budget more for insulation first.",
        "neutral",
    ),
    (
        "I'm in my sixties and I joined this forum last year thinking I'd be the odd one out, an old bloke learning to code so I could help my grandson with his school projects. Everyone here has been incredibly patient. Nobody has once made me feel daft for asking what a variable is. Last week we built a little game together where a frog jumps over logs, and he told his teacher his grandad helped. I can't tell you how much that meant. So, thank you all. Genuinely.",
        "positive",
    ),
    (
        "Has anyone actually measured the speed difference or are we all just repeating what the marketing page says?",
        "negative",
    ),
    (
        "What's the max span for a 47x150 joist at 400 centres? Trying to work out if I need a beam in the middle.",
        "neutral",
    ),
    (
        "I followed this guide step by step and bricked my router. Not a soft-brick either, it won't even blink. Maybe add a warning that the 'universal' firmware isn't universal for the v2 hardware revision? Would have saved me 90 quid.",
        "negative",
    ),
    (
        "For what it's worth, I followed the same guide on a v2 board and it went fine, but I did flash the intermediate image first as mentioned in the comments. Could be the step people are missing.",
        "neutral",
    ),
    (
        "I hate to be the wet blanket but the 'community orchard' plan in the proposal is on land that floods every other winter. I've lived on that road for twenty years. The trees will drown within three seasons and then there'll be a sad fenced-off bog with a plaque on it. Nobody on the steering group seems to have walked the site in February.",
        "negative",
    ),
    ("Love this idea. Count me in for the Saturday planting, I've got a spade and a van.", "positive"),
    ("That's a brilliant way to explain recursion to a kid. Stealing it for my class.", "positive"),
    ("> just switch to a standing desk\n\nI did. Now my back hurts AND my feet hurt.", "negative"),
    (
        "The trick that worked for my lower back was alternating: standing for about 30 minutes, then sitting, plus a cheap anti-fatigue mat. Standing all day is just as bad as sitting all day.",
        "neutral",
    ),
    (
        "I've been in IT for twenty-two years and this is the first vendor that has actually called me back when they said they would. Twice. The second time just to check the fix had held. I nearly fell off my chair. Whatever Carrowby Systems is doing with their support staff, please don't change it.",
        "positive",
    ),
    ("Weird flex but ok", "negative"),
    ("That's the spirit!", "positive"),
    ("Link's dead, anyone have a mirror?", "neutral"),
    (
        "So here's the thing that nobody in this thread wants to hear. The reason your startup's app store rating dropped isn't the new onboarding flow, or the icon change, or the 'toxic reviewers'. It's that you put a paywall in front of features people had been using for free for two years, and you did it with a pop-up that appears every time they open the app. I used to love this app. I'd happily pay for new features. I won't pay a ransom for old ones.",
        "negative",
    ),
    (
        "The difference between the two approaches is mostly about where the validation lives. In the first, the form validates on the client and the server trusts it; in the second, both validate, and the server is the source of truth. The second is more code but it's the only one that's safe, because anyone can post to your endpoint directly with curl and skip your JavaScript entirely. Most frameworks give you a way to share the schema between both sides so you're not writing rules twice.",
        "neutral",
    ),
    (
        "I'll add to the chorus: the second edition of the field guide is so much better than the first. The range maps are actually readable now, and they finally separated the two warblers that look identical to everyone except about nine people. I spotted one on the marsh walk last weekend and for once I'm confident about the ID. Worth every penny of the upgrade.",
        "positive",
    ),
    (
        "The maintainer already explained why in the linked issue. It's a deliberate change to match the spec.",
        "neutral",
    ),
    (
        "The maintainer 'explained' it by linking a spec nobody implements and closing the issue. That's not an explanation, that's a brush-off.",
        "negative",
    ),
    (
        "Hi Tom, thanks for getting in touch. I can see your order was split into two shipments; the first has been delivered and the second left our warehouse yesterday. Tracking for it should go live within 24 hours. Let me know if it hasn't arrived by Friday and I'll chase the courier.",
        "neutral",
    ),
    ("Thanks Jess, really appreciate the quick answer. Didn't realise it was split, panic over!", "positive"),
    (
        "Honestly I'm a bit tired of every team sports thread turning into 'the manager must go'. We've had six managers in five years. Maybe the problem is upstairs.",
        "negative",
    ),
    (
        "Fascinating thread. I had no idea tides were affected by atmospheric pressure as much as that; a 10 millibar drop adding roughly 10cm to sea level explains so much about the flooding we had last autumn.",
        "positive",
    ),
    (
        "A 1 hPa drop raises sea level about 1 cm (the 'inverse barometer effect'). So a deep low of 960 hPa versus a typical 1013 is roughly half a metre, before wind effects.",
        "neutral",
    ),
    (
        "The state of the replies in here is why I stopped asking questions on this forum. Someone asks a basic question and half of you compete to be the most condescending.",
        "negative",
    ),
    (
        "I think you're half right. Yes, the new rotation policy is annoying, and yes, it was rolled out badly with two days' notice. But the old system meant the same four people covered every weekend for years, and two of them burned out and left. I'd rather we push for better notice than go back.",
        "neutral",
    ),
    (
        "> it's a niche hobby, nobody cares\n\nThe Aldermoor model railway club has 180 members and the exhibition raised nearly 6,000 for the children's hospital last year. Niche, sure. Nobody cares? Plenty of people care, you're just not one of them.",
        "negative",
    ),
    (
        "My grandfather worked on the original line when it was built in the fifties and he'd have loved to see it reopened. Took my mum on the first train last Sunday and she cried a bit at the station. Well done to everyone who campaigned for this.",
        "positive",
    ),
    (
        "The first passenger service on the reopened Tarrow branch ran on Sunday. Trains run hourly Monday to Saturday, every two hours on Sundays, with a connection at Pellbridge for the main line.",
        "neutral",
    ),
    ("Ugh, same. The 'quick five-minute survey' after every support chat is the cherry on top.", "negative"),
    (
        "The feature you're looking for is called 'conditional formatting'. Home tab, middle of the ribbon. Set the rule to 'cell value greater than' and pick a colour.",
        "neutral",
    ),
    ("oh that's genius, I've been doing that manually for like two years 😂", "positive"),
    (
        "Wanted to share a related story. When I was about twenty I worked in a hardware shop for a summer, and the owner, a grumpy old man called Alfred, used to make every new hire sort the loose screw bins by size before they were allowed on the till. We all thought it was hazing. Years later I realised it was the best training I ever got: by the end of that week you could glance at a screw and tell someone if it would fit their hinge. I think about him every time I open a toolbox.",
        "positive",
    ),
    (
        "A similar thing happened when I worked at a call centre. They changed the call-handling software over a weekend without training anyone, and Monday morning the average wait went from 4 minutes to 35. They reverted on Wednesday. Nobody ever explained why it was rolled out that way.",
        "neutral",
    ),
    (
        "This is the third time the council has 'consulted' on the same one-way system, and the third time they've ignored what people said. Why bother asking?",
        "negative",
    ),
    (
        "Going against the grain here but I really like the new logo. It's simpler and it reads better at small sizes, which is where most people actually see it.",
        "positive",
    ),
    ("You need the 12V version, not the 24V. The 24V will cook your LEDs.", "neutral"),
    (
        "As a moderator I'd ask everyone to keep it civil. You can disagree with the decision without calling the developers 'clowns'. Next personal insult gets a temporary ban.",
        "neutral",
    ),
    (
        "Couldn't disagree more. The old version did one thing well and that was the whole point. Now it does twelve things badly and needs an account to open a local file.",
        "negative",
    ),
    (
        "I'll admit I was skeptical of the hybrid setup at first, but after a year it's grown on me. I go in Tuesdays and Thursdays, see people, do the whiteboard stuff, and the other days I actually get deep work done. Commute costs halved. My plants are thriving. I don't see myself going back to five days.",
        "positive",
    ),
    (
        "> Has anyone here actually used the Veltrix mesh kit long term?\n\nAbout fourteen months in a three-storey house with thick internal walls. Setup took about twenty minutes through the app. Coverage is good everywhere except the garage, which is detached, and the back bedroom where speeds drop to about a third of the living room. Firmware updates are automatic and happen around 3am; twice the nodes didn't reconnect afterwards and I had to power-cycle them. There's no way to disable the cloud account requirement. Support answered both times within a day. I haven't felt the need to replace it.",
        "neutral",
    ),
    (
        "The process killed the parent, the orphaned child got reaped by init, and then the watchdog restarted the whole tree because it saw the PID vanish. That's why you see the service 'crash' every time you deploy. It isn't really crashing, it's doing exactly what you told it to do when the parent exits. Set KillMode=mixed in the unit file so the children get a SIGTERM alongside the parent, or have the parent trap the signal and shut its workers down in order. Either fixes the restart loop.",
        "neutral",
    ),
    (
        "> It's a fair price for what you get\n\nWhat you get is a 14-day trial that asks for your card up front, a cancel button hidden three menus deep under 'Manage Membership Preferences', and an email the day after you cancel offering you 50% off, which tells you exactly how much margin there is in the original price. I don't mind paying for software. I mind being treated like a mark. The product itself is perfectly decent; the company around it makes me want to never give them another penny.",
        "negative",
    ),
    (
        "For anyone on the fence about joining the choir: I did it in January, mostly because my therapist suggested I find something that got me out of the house on a weeknight. I can't read music and I was convinced I'd be found out as a fraud within ten minutes. Instead someone lent me a pencil to mark my part, the director made a joke at her own expense when she came in wrong, and by the end of the first evening I was laughing along with people I'd never met. We did our first concert last week. Twelve songs. My mum came. I didn't stop smiling for two days.",
        "positive",
    ),
    (
        "I'm going to be blunt because I think people are being too nice about this. The new parking scheme in the Oldgate area was sold as 'reducing congestion'. What it actually did was move every car from the residents' streets onto the three streets just outside the zone boundary, which now have double-parked vans outside the primary school every morning. The council knew this would happen; it was in their own traffic survey, page 41. They went ahead because the permit revenue looked good in a spreadsheet. Congestion hasn't gone down. It's moved next to the children.",
        "negative",
    ),
    (
        "Can we talk about how good the volunteer-run timing was at the Harbour 10k on Sunday? Results were up on the website before I'd even finished my post-race coffee, chip times were accurate to the second for everyone I've spoken to, and when one runner's chip failed they matched her on the photo finish and corrected it within the hour. Last year's commercial company took four days and got half the age categories wrong. Whoever organised the volunteers this year, you deserve a medal more than any of us.",
        "positive",
    ),
    (
        "Serious answer, as someone who did a PhD in this area: the headline overstates it, but the paper itself is careful. They found a correlation between the gut bacteria profile and response to the drug in 220 patients, and they replicated it in a second cohort of 90. That's encouraging, but it doesn't show the bacteria cause the response, and the effect size was modest. The authors say this clearly in the discussion section. What you want to watch for is whether anyone does the intervention study, changing the bacteria and seeing if response changes. That's where most of these ideas fall over.",
        "neutral",
    ),
    (
        "Honestly the worst part isn't even the bug. Bugs happen, I write them every day. It's that I reported it with a minimal repro, a stack trace, the exact version, and a one-line fix, and the reply was an auto-generated 'Have you tried the latest version?' when I was already on the latest version. Then the bot closed it for inactivity after seven days because nobody from the team replied. I re-opened it. The bot closed it again. At this point I've forked it and moved on, but it leaves a bad taste.",
        "negative",
    ),
    (
        "We rolled this out across four warehouses last quarter. A few observations in case they help anyone planning something similar:\n\nHandheld scanners needed a firmware update before they'd talk to the new system; budget a day for that per site. The offline mode works, but sync conflicts on stock counts are resolved as 'last write wins', which caused two mis-counts before we changed our process. Training took about two hours per person. Pick rates dropped for the first week, then recovered to slightly above where they were. Overall the switch was worth it, but don't let anyone tell you it's plug and play.",
        "neutral",
    ),
    (
        "Sorry, I know this is off topic, but I wanted to say something about the reply you left on my thread last year about my dad's old lathe. You told me not to sell it, to strip the headstock and replace the bearings, and you walked me through it over about fifteen messages with photos. I did it. It runs beautifully. Last weekend I turned my first bowl on it, a wonky little sycamore thing, and gave it to my mum. She's put it on the mantelpiece next to his photo. I don't think you realise what a kindness that was.",
        "positive",
    ),
    (
        "This keeps coming up so let me try to lay out the case for and against the congestion charge without the shouting:\n\nFor: traffic in the zone fell about 15% in the first year; bus journey times improved; revenue is ring-fenced for transport.\n\nAgainst: it's a flat charge, so it hits lower-income drivers harder; tradespeople who need vans have no real alternative; some traffic has displaced to the ring road.\n\nThe honest answer is that it's done roughly what it was designed to do and also had the side effects critics predicted. Whether that trade-off is worth it is a values question, not a factual one.",
        "neutral",
    ),
    (
        "Love the enthusiasm, but I think you might be underestimating how long the hand-cut dovetails are going to take you. My first set took most of a Saturday and they were still gappy enough to post a letter through. Don't let that put you off though. Buy a cheap practice board, do ten of them in pine before you touch the walnut, and by the tenth you'll be amazed. I'm three years in and it's still the most satisfying thing I do with my hands. You've picked a great first project.",
        "positive",
    ),
    (
        "> Just call the customer service line\n\nI did. The line is open 9-5 weekdays, which means calling on my lunch break. Forty minutes on hold the first day before the call dropped. Fifty-five minutes the second day, got through, was told my account 'had a flag on it' that only the billing department could remove, and billing only handles requests by email. Emailed them eight days ago. Meanwhile they're still charging me for a service that was disconnected in March. So yes, I've called. That's how I know calling doesn't work.",
        "negative",
    ),
    (
        "Adding my anecdote since it's relevant: I had the same thing with my old car, the temperature gauge would go to the red on hills and then drop back. Garage replaced the thermostat, didn't fix it. Then the radiator cap, didn't fix it. Turned out to be air trapped in the system after a coolant change at a previous service. They bled it properly and it never happened again. Might be worth asking if yours had any cooling work done recently.",
        "neutral",
    ),
    (
        "I'm a long-time lurker but I had to register to say this. The guide to setting up the tenants' association is one of the most useful things I've ever read online. We used your template for the first letter, your agenda for the first meeting, and your tip about getting everyone's phone numbers before they leave the room. Forty-one out of sixty flats signed up. The landlord has agreed to a meeting about the lift for the first time in four years. You have no idea how much difference this made to a building full of people who'd given up.",
        "positive",
    ),
    (
        "Not going to lie, the tone of the developer's response is really putting me off this project. Someone asked a perfectly reasonable question about accessibility, whether the UI works with a screen reader, and got told 'PRs welcome' followed by a paragraph about how the project is a labour of love and users should be grateful. Sure. But you've put 'for everyone' in the tagline. If 'everyone' doesn't include blind people, maybe change the tagline. It's not entitled to ask.",
        "negative",
    ),
    (
        "Hi everyone, Dom from the Pebblecast community team. A quick update on the outage this morning: between 08:10 and 09:45 UTC, some users were unable to log in or saw an error when loading their library. This was caused by a certificate that expired on one of our authentication servers. It has been renewed and we've added monitoring so we're alerted well before expiry in future. No user data was affected. If you're still seeing the error, please sign out and back in. Thanks for bearing with us.",
        "neutral",
    ),
    (
        "Dom, I appreciate the transparency, genuinely, most companies would have said 'technical issue' and left it there. An expired certificate is a very human mistake and I'd rather you tell us than hide it.",
        "positive",
    ),
    (
        "An expired certificate. In 2024. At a company that charges for a premium tier. We're not talking about some hobbyist's blog here; there are free tools that renew these automatically and have done for a decade. 'We've added monitoring' should have been step one, not the lesson learned after locking out paying users for ninety minutes on a Monday morning.",
        "negative",
    ),
    (
        "If it helps, the reason your bread collapses in the oven is almost certainly overproofing rather than the flour. When the dough has risen too far, the gluten network is stretched to its limit, and the oven spring pushes it past breaking point. Try the poke test: if the dent springs back slowly and only partway, it's ready; if it doesn't spring back at all, it's gone too far. Cooler kitchen in summer or winter also makes a big difference to timings.",
        "neutral",
    ),
    (
        "I've been going to the Riverside branch library every Saturday morning for the toddler rhyme session for about a year now, and I just found out it's being cut in the new budget. The librarian who runs it, Maureen, knows every kid by name. My son learned half his first words there. I know budgets are tight and I know libraries aren't the biggest line item, but this is one of the very few free things left in this town where parents can sit in a warm room and talk to other adults. It's heartbreaking, honestly.",
        "negative",
    ),
    (
        "Glad this thread exists. Our building had the same issue with the intercom and I had no idea the landlord was responsible rather than the tenants. Sent the letter template from the second reply and they booked an engineer within a week.",
        "positive",
    ),
    (
        "> The new chess engine plays like a human\n\nIt plays like a strong human at rapid time controls. At longer controls it still finds lines no person would consider, and the 'human-like mistakes' are sampled from a probability model rather than arising from misunderstanding. It's a neat trick for training, but I'd be careful about the marketing claim. The paper the developers published is fairly open about those limitations, which is to their credit.",
        "neutral",
    ),
    (
        "What a wholesome thread. I read every single reply and came away feeling better about the internet. To the guy who rebuilt his neighbour's fence for free after the storm: you're a good egg. To the woman who knitted hats for the entire under-9s team: those hats are the best-dressed thing I've ever seen on a muddy touchline. Keep it up, all of you.",
        "positive",
    ),
    (
        "It's a bit rich for the club to ask fans for patience about the stadium redevelopment when they've spent the last three summers selling our best players and not reinvesting a penny. The plans look nice on the render. They looked nice on the 2018 render too. Show me a spade in the ground and an honest budget, and until then forgive me for not getting excited about a CGI walkthrough with a drone soundtrack.",
        "negative",
    ),
    (
        "I'll give my perspective as a nurse who uses the rostering app daily. It's clunky, and the first two weeks were rough. But it now shows open shifts in real time, swaps are approved in hours not days, and I haven't had a double-booking since we switched. On balance it's better than the spreadsheet, and the spreadsheet was better than the wall chart.",
        "neutral",
    ),
    (
        "Funny you mention the old ferry. My gran used to take it every Friday to the market on the other side with her basket of eggs, and she always said the crossing was the best ten minutes of her week. When they replaced it with the bridge in the seventies she refused to drive over it for a year out of principle. She'd have had opinions about the new toll.",
        "neutral",
    ),
    (
        "This is the best kind of bug report: short title, steps to reproduce, expected versus actual, screenshots, version numbers, and even a guess at the cause that turned out to be right. I fixed it in twenty minutes because of that. Thanks, and if you ever want to contribute code, you'd be very welcome.",
        "positive",
    ),
    (
        "Here's the thing: 'unlimited PTO' at my last job meant nobody took more than about twelve days a year, because there was no number to point to and everyone was scared of looking like the slacker. Managers 'encouraged' us to rest but then scheduled launches back to back. When I left, there was no payout for unused leave because there was technically no leave to pay out. It's a policy that sounds generous and works out cheaper for the company. I'll take 25 days written in my contract every time.",
        "negative",
    ),
    (
        "I think the answer to your question depends a lot on what 'beginner telescope' means for you. If you want to look at the Moon and planets from a city balcony, a small refractor of around 80mm on a sturdy alt-az mount is very easy to live with: no collimation, cools quickly, and packs small. If you have dark skies and want galaxies and nebulae, aperture matters more and a 6 or 8 inch Dobsonian gives the most light for the money, but it's bulky. Avoid anything sold by its magnification number.",
        "neutral",
    ),
    (
        "This made me laugh out loud on the bus. 'The printer works fine as long as you don't need it to print' should be the slogan for every office printer ever made. Thanks for brightening up a grim Tuesday.",
        "positive",
    ),
    (
        "Seriously, a compulsory 'fun day' on a Saturday? Unpaid? With team-building exercises? I can't imagine anything I'd less like to do with my weekend than a trust-fall with the guy from accounts who microwaves fish.",
        "negative",
    ),
    (
        "Data point: we measured cold start times on three serverless providers last month with the same 200MB container. Median was 1.8s, 2.4s and 4.1s respectively; p99 was 5.2s, 7.9s and 12.6s. Warm invocations were all under 50ms. Results are sensitive to region and memory setting, so take them as a rough guide.",
        "neutral",
    ),
    (
        "Just want to echo what others have said about the helpline staff at Fernway Energy. After my husband passed I had no idea how to move the account into my name, and the woman on the phone, Denise, stayed on the line for forty minutes walking me through it, and then called me back the next day to make sure the direct debit had changed over. At a time when everything felt impossible, she made one thing easy. I wrote to her manager.",
        "positive",
    ),
    (
        "Why does every discussion about bike lanes on this forum get derailed by the same three people who 'don't want to ban cars' when nobody in the thread has suggested banning cars?",
        "negative",
    ),
    (
        "Good shout on the thermal paste. Repasted with the stuff you linked and temps under load went from 94 to 78. Fans are finally quiet.",
        "positive",
    ),
    (
        "> Can I use this in a commercial project?\n\nThe licence is permissive, so yes, but you have to keep the copyright notice in the source and in any distributed binaries. The bundled icon set is under a different licence (attribution required), so check the NOTICE file.",
        "neutral",
    ),
    (
        "I've been following your progress thread on the van conversion for over a year and this final post genuinely made me tear up a bit. From a rusty shell on bricks to that little home with the fold-down table and the fairy lights, it's incredible. I hope the first trip up the coast is everything you wanted.",
        "positive",
    ),
    (
        "'Please be patient, we're a small team' would land better if the CEO hadn't just posted photos from a conference keynote in a different continent.",
        "negative",
    ),
    (
        "One correction: the speed limit on the new stretch is 40, not 30. The 30 zone starts at the roundabout by the school. Signage is confusing because the old repeater signs haven't been removed yet.",
        "neutral",
    ),
    (
        "Please, for the love of all that is holy, stop telling beginners to buy a mechanical keyboard with blue switches if they share an office. My deskmate took that advice from this forum. I now hear every email she writes. I know the exact rhythm of her password. I've started wearing earplugs at 9am. This is a cry for help.",
        "negative",
    ),
    (
        "I moved here from a city with great public transport and I was braced for misery, but honestly the on-demand minibus thing the council trialled has been a pleasant surprise. You book it on an app twenty minutes ahead, it picks you up within a few streets of your door, and it costs the same as a normal bus fare. Drivers are lovely. I hope they keep it past the trial.",
        "positive",
    ),
    (
        "Speaking as a former ref: the handball law changes every couple of seasons and even officials struggle. Current version: it's an offence if the arm makes the body 'unnaturally bigger', judged on the movement and position relative to what the player was doing. Accidental contact after the ball comes off the player's own body isn't penalised unless it leads directly to a goal. That's why two similar-looking incidents can get different calls.",
        "neutral",
    ),
    (
        "The 'solution' marked in this thread is to downgrade to a version from 2019. That's not a solution. That's giving up and calling it a day.",
        "negative",
    ),
    ("Mods, could we get a sticky for the common setup questions? Happy to help write it.", "neutral"),
    (
        "Honestly I think you handled that landlord conversation really well. Calm, documented, polite, and you still got what you needed. Most of us would've lost our temper by email three.",
        "positive",
    ),
    (
        "Just a heads up: the steps in the top answer don't apply to the newer version anymore. The setting has moved from Preferences to the project-level config file, under 'build.cache'.",
        "neutral",
    ),
    (
        "> We're excited to announce that the app now includes AI-powered suggestions!\n\nI asked for a dark mode in 2020. I asked for folder sorting in 2021. I asked for the sync not to duplicate every entry when two devices are online. In return I've received a chatbot that suggests I 'consider organising my notes into folders'. Incredible. Truly, the future.",
        "negative",
    ),
    (
        "> The 6:15 express is being cut to 'improve reliability across the network'\n\nTranslation: they don't have enough drivers and the 6:15 is the one they can cut with the fewest complaints, because the people on it are shift workers who don't go to consultation evenings. I've taken that train for nine years. It's the only one that gets me to the hospital before handover. The next one gets in at 7:02. I'll either be late every day or I'll be driving, which I thought was the thing they were trying to stop.",
        "negative",
    ),
    (
        "Wanted to follow up on the water heater thread from last week since a few of you asked. The plumber came out and confirmed what @Bramble_Kev said: sediment buildup at the bottom of the tank, which is what was making that popping noise. He flushed it, replaced the anode rod (which was basically a bare wire at this point), and the noise is gone. Total cost was about a third of what I'd budgeted for a replacement. Going to flush it myself once a year from now on. Thanks all, this forum saved me a few hundred.",
        "positive",
    ),
    (
        "I think people are conflating two different things in this thread. The first is whether the new rail timetable has more trains, which it does: 14 more per weekday on the main line. The second is whether those trains go where people need them to go at the times they need, which is a separate question and where most of the complaints are coming from. The extra services are concentrated between 10am and 3pm. Peak capacity is roughly unchanged. Both camps are right about the bit they're looking at.",
        "neutral",
    ),
    (
        "I've been a season ticket holder for 23 years and this is the first summer I haven't renewed. Not because of the results, we've been bad before and I stayed. It's the way the club talks to us now. Every email is a sales pitch. The 'fan consultation' was a survey with four multiple-choice questions about kit colours. The supporters' trust asked for a meeting about ticket prices and got a reply from the marketing department. I don't feel like a supporter anymore, I feel like a revenue stream. I'll watch in the pub with my mates. Cheaper, and at least the landlord knows my name.",
        "negative",
    ),
    (
        "Going to be a bit soppy here, sorry. I've been posting in this sourdough subforum for about two years, mostly questions and mostly bad photos, and today I sold my first loaves at the village market. Twelve loaves, gone by half ten. A little girl asked if she could have 'the one with the face' because the scoring had gone a bit wrong and it looked like it was smiling. I honestly don't think I'd have kept going without the patience of people here. Thank you for every 'try a slightly longer bulk ferment' reply.",
        "positive",
    ),
    (
        "From someone who works in municipal IT: the reason the parking app keeps going down on Saturday mornings isn't the app itself; it's the payment gateway behind it, which is shared with three other councils and has a rate limit that was set years ago when far fewer people paid by phone. We've raised it with the provider. The fix is contractual rather than technical, which means it moves slowly. In the meantime, the machines on Market Street still take cards, and the text-to-pay option uses a different route and usually works during the outages.",
        "neutral",
    ),
    (
        "Wow, OK. I asked a simple question about whether the 2.5 update fixed the memory leak and got four paragraphs on why I should be running a different distro, a link to a blog post from 2014, and someone calling me 'the kind of user that ruins open source'. I'm not trying to ruin anything. I just wanted a yes or a no. I'll go and test it myself, I suppose, which is what I should have done instead of hoping for a straight answer here.",
        "negative",
    ),
    (
        "Reporting back on the rose bush advice. Pruned it hard in late winter like you said, fed it with the tomato feed in spring, and kept the black spot leaves cleared. This year it's had more flowers than the previous three years combined. My neighbour leaned over the fence yesterday to ask what I'd done. I sent her a link to this thread.",
        "positive",
    ),
    (
        "> Is the dental plan worth it?\n\nI ran the numbers for my family last year. The plan costs about 22 a month per adult. Two check-ups and two hygienist visits a year at the practice's private rates come to roughly 210, so the plan is a little more expensive if that's all you use. It becomes worthwhile if you need a filling or more in a year, because those are discounted 20%. If your teeth are generally fine, paying as you go is cheaper. If you've had a lot of work in the past, the plan makes sense.",
        "neutral",
    ),
    (
        "I don't usually post replies like this but the engineer who came out from Hollin Broadband today deserves a mention. Ninety-year-old house, awful wiring, three previous visits from other engineers who said 'it's the line' and left. This guy spent two hours tracing the old extension cables through the loft, found a corroded junction box from about 1985, replaced it, and our speed went from 3Mbps to 58. He also showed me how to check it myself if it happens again. Proper craftsmanship. If you're reading this, Gareth, thank you.",
        "positive",
    ),
    (
        "The problem with the 'it's just one more app' argument is that every community group in this town now uses a different one. The residents' association uses one chat app, the school PTA uses another, the allotment committee is on a third, and the neighbourhood watch has a social-media group that requires a separate account. My mum is 78. She has given up. She now misses everything because nobody thought to put a notice on the board in the library anymore. I'm tired of explaining this in every meeting.",
        "negative",
    ),
    (
        "Some historical context for the people asking why the canal was filled in. It was closed to commercial traffic in 1961 after the last carrier went out of business, and by the late sixties the lock gates had rotted and a section near the gasworks had collapsed. The council of the time considered it a drowning hazard and a flood risk, so they filled the central stretch and built the ring road on part of it. The restoration trust was formed in 1994 and has reopened about six miles since.",
        "neutral",
    ),
    (
        "Hugely appreciate this write-up. I've been trying to explain to my manager why the test suite takes 40 minutes and your breakdown of fixture scope versus test isolation is exactly the vocabulary I was missing. Sent it to the whole team with the subject line 'please read this before Monday'.",
        "positive",
    ),
    (
        "I followed the whole migration guide on the wiki and it worked up until step 7, where the database schema upgrade is supposed to run automatically. It didn't. The log says the migration table is locked. I've waited an hour and restarted the service. I've attached the log below. I'm not sure whether it's safe to manually release the lock or if that'll corrupt something, so I haven't touched it. Any advice welcome.",
        "neutral",
    ),
    (
        "I followed the whole migration guide on the wiki and it fell over at step 7, the one where the schema upgrade is 'fully automatic'. It's not automatic, it's locked, and the guide has nothing about what to do when it locks. Two hours of downtime so far on a Sunday afternoon, my users are messaging me, and the only response in the chat was 'works on my machine'. Fantastic.",
        "negative",
    ),
    (
        "Our local swimming pool reopened after the refurb and I have to say it's lovely. They kept the old Victorian tiles around the top of the walls, added proper accessible changing rooms with a hoist, and there's a learner pool separate from the main one so the toddlers aren't dodging people doing lengths. The Sunday family session was packed. It's the nicest the building has looked in my lifetime.",
        "positive",
    ),
    (
        "> Isn't it just correlation?\n\nIn this case the researchers used a natural experiment: the policy was introduced in one region two years before the neighbouring region, and the two had almost identical trends before. That's a difference-in-differences design, and while it isn't as clean as a randomised trial, it does a fair job of ruling out a lot of confounders. The main threat is something else changing in the first region at the same time, which they address in section 4 with a few robustness checks.",
        "neutral",
    ),
    (
        "I hate how much I agree with this. We spend weeks arguing about tabs versus spaces in code review and then ship a login page with no rate limiting.",
        "negative",
    ),
    (
        "Lovely to see someone properly credit the volunteers. The litter picks only happen because a handful of people turn up every single month in the rain.",
        "positive",
    ),
    (
        "For clarity, because I think some replies are misreading the policy: the new rule applies to new tenancies only. Existing tenants on rolling contracts aren't affected until they sign a new agreement.",
        "neutral",
    ),
    (
        "Every year the same conversation. 'Why are the roads not gritted?' 'Budget cuts.' 'Why were there budget cuts?' 'Priorities.' And every year somebody slips on the hill outside the surgery and the ambulance can't get up it either. I'm not even angry anymore, just weary.",
        "negative",
    ),
    (
        "The restoration is stunning. I walked past the old cinema for years when it was boarded up and never imagined the ceiling looked like that underneath. Went to the opening screening last night and half the audience was looking up instead of at the film.",
        "positive",
    ),
    (
        "The issue you're hitting is that the library expects timezone-aware datetimes and you're passing naive ones. Add tzinfo=timezone.utc when you construct them and the comparison error goes away.",
        "neutral",
    ),
    ("Yes! That was it. Three hours of my life and it was a missing tzinfo. Thanks so much.", "positive"),
    (
        "Counterpoint: the reason the fan forum used to be 'better' is that there were fewer of us and we all agreed about everything. Now there are more people, more opinions, more arguments. That's not decline, that's growth. The moderation has actually improved a lot in the last year, in my opinion, even if the tone is rowdier.",
        "positive",
    ),
    ("Tell me you've never worked retail without telling me you've never worked retail.", "negative"),
    ("Same for me on the 22.04 LTS build. Workaround in the third reply fixes it until the next reboot.", "neutral"),
    ("Haha this is the content I'm here for", "positive"),
    (
        "Sorry but this is just wrong. Baking soda and baking powder are not interchangeable at the same quantities. You'll end up with a metallic, soapy cake. Please don't tell beginners otherwise.",
        "negative",
    ),
    (
        "Baking powder already contains an acid; baking soda needs one from the recipe (buttermilk, yoghurt, lemon). If you substitute soda for powder, use about a quarter of the amount and add an acid.",
        "neutral",
    ),
    (
        "Long time reader of this board, first time posting. I've been a carer for my dad for about three years, since his stroke, and I wanted to say that the little subforum for carers here has been one of the only places where people understand. Not in a 'poor you' way, but in a 'here's how I got the council to fund a stairlift' way. Last month someone here told me about a respite scheme I'd never heard of. I had my first full weekend off in two years. I slept for eleven hours. Thank you.",
        "positive",
    ),
    (
        "It's always 'be more flexible' from the same managers who need three weeks' notice to approve a day off.",
        "negative",
    ),
    (
        "Hi Raj, I've escalated this to our second-line team. They'll contact you by email within two working days. Please don't open a new ticket in the meantime, as that resets the queue position.",
        "neutral",
    ),
    ("Two working days became nine. Queue position apparently resets itself anyway.", "negative"),
    (
        "I'm really glad you posted this warning. I was about to sign up with the same company for the loft insulation and had the same too-good-to-be-true quote. Called a local installer instead after reading your thread. Slightly more expensive, but they're registered with the trade body and gave me a written guarantee. Much more at ease now.",
        "positive",
    ),
    ("That's one way to describe losing 4-0 at home, I suppose.", "negative"),
    (
        "Full-time: 4-0. Substitutions at 60 and 72 minutes; the second goal came from a set piece. Next fixture is away on the 14th.",
        "neutral",
    ),
    (
        "I was at the match and I thought the young left back was outstanding despite the score. Never stopped running, won most of his duels, and it's his first start. Bright future there.",
        "positive",
    ),
    (
        "A quick clarification since I was the one who wrote the original guide: it was written for the 2.x series and I haven't updated it for 3.x yet. Most of it still applies, but the config file has been split into two and the plugin directory moved. I'll try to update it this weekend. Until then, treat anything about config paths as out of date. Sorry for the confusion, and thanks to the folks who flagged it.",
        "neutral",
    ),
    (
        "What a patronising reply. OP has clearly done their homework, they listed five things they tried, and you've answered with 'have you tried Googling it'.",
        "negative",
    ),
    ("This is such a good point and I wish more people in the thread had read it before replying.", "positive"),
    ("Did they say whether the refund includes the delivery charge?", "neutral"),
    (
        "> What's the point of the community garden if nobody waters it?\n\nFair question. The rota fell apart over the summer because three of the regulars moved away and nobody replaced them. We're meeting on the 12th at the church hall to reorganise it and to look at a drip irrigation setup that a couple of members have priced up. If you're local and have an hour a week, it'd help a lot.",
        "neutral",
    ),
    (
        "Look, I love this game, I've got 1,400 hours in it. But the latest balance patch has made every match feel identical. Everyone runs the same two builds because everything else got nerfed into the floor, and the developer blog post about 'encouraging diversity' is hard to read with a straight face when the actual numbers show the opposite. I'm not quitting. I'm just playing a lot less, and so are most of my friends list.",
        "negative",
    ),
    (
        "I was skeptical of the 'just talk to your neighbours' advice in the original post, but I tried it. Knocked on the door of the guy whose dog barks all night. Turns out he works nights and had no idea; the dog was anxious being left alone. He's started leaving the radio on and the barking's mostly stopped. He also gave me a jar of honey from his bees. Lesson learned.",
        "positive",
    ),
    (
        "Not to be that person, but the photo in your post shows a 15A fuse in a circuit rated for 10A. Please get that checked.",
        "neutral",
    ),
    ("Mate, you've been saying 'next week' about this release since March.", "negative"),
    ("Thanks for the detailed reply! I've ordered the parts and will report back.", "positive"),
    (
        "As a counterpoint to all the praise, I'll note that the new library system is much slower for people who used to just walk in and grab a book from the hold shelf. You now have to scan a barcode at a kiosk, which fails about a third of the time, and there's one member of staff to help. It might be more efficient on paper. In practice, Saturday mornings have a queue.",
        "negative",
    ),
    (
        "The cheapest option in your list is also the one with the shortest warranty (1 year vs 3 for the other two). Might be worth factoring in.",
        "neutral",
    ),
    (
        "There's something really comforting about threads like this where a bunch of strangers collectively diagnose a weird noise in someone's car. It's like a village fete for mechanics. Hope it's the heat shield and not the exhaust.",
        "positive",
    ),
    ("Edit: turns out it was the heat shield. Twenty minutes and a jubilee clip. Thanks everyone!", "positive"),
    (
        "We did a similar trip with two kids under six last summer: four days, about 280 miles of canal. We averaged 3-4 hours of cruising a day, which was about right. More than that and the kids got restless. Locks are slow with little ones, budget 20 minutes each. Most pubs along the route had kids' menus and gardens. Book the boat early if you're going in August; the smaller ones go first.",
        "neutral",
    ),
    (
        "> We're moving to a new forum platform next month for a better experience!\n\nThe last platform move lost every thread older than 2016, including the build logs half the newer members still link to. The one before that broke every image. I have asked three times in the feedback thread whether the archive will be preserved this time and got a thumbs-up emoji from the admin each time. A thumbs-up isn't a migration plan. I've started saving the threads I care about as PDFs because I simply don't trust that they'll be there in April.",
        "negative",
    ),
    (
        "Honestly this is the best change to the league format in years. Having the bottom two play a relegation playoff instead of going straight down has made the last month of the season matter for basically every team. My club's been mid-table and irrelevant since Christmas and we still had eight thousand in on Saturday because one win would guarantee safety. The atmosphere was electric. Whoever pushed this through the league committee deserves a pint from every club in the division.",
        "positive",
    ),
    (
        "A few people have asked what the planning application for the old depot site actually says, so I read the whole thing. Summary: 212 homes, of which 30% are designated affordable (the legal minimum here is 25%). Buildings range from three to six storeys, with the tallest at the railway end. There are 95 parking spaces, which is below the usual ratio, justified by proximity to the station. A new pedestrian crossing on Dale Road is included. Public comments are open until the 28th on the council's planning portal.",
        "neutral",
    ),
    (
        "I want to like this mouse so badly. It's comfortable, the weight is perfect, and the scroll wheel is lovely. But the software refuses to save my DPI settings between reboots, the side buttons double-click after about six months (mine and my brother's both did it), and the 'lifetime warranty' requires you to post it back at your own cost to another country. I've now bought three of them. I won't buy a fourth. It's like a relationship where the good days make you forget the bad ones, right up until the bad ones arrive.",
        "negative",
    ),
    (
        "I'm a teacher and I've been using the free lesson plans shared in the astronomy section of this forum for my Year 6 class. The one about scaling the solar system down to fit on the school field, with a football as the Sun and a peppercorn as the Earth, was a massive hit. The kids had to walk nearly half a mile to place Neptune and they were absolutely stunned. One boy came in the next day having done it again with his dad along the seafront. Whoever wrote that, you've made a lot of nine-year-olds very curious.",
        "positive",
    ),
    (
        "The 'kill -9' advice in the top reply will stop the hung process, but it won't let it clean up its lock file, which is why you then can't restart it. Better sequence: send SIGTERM first, wait ten seconds, and only then SIGKILL if it's still alive. If you do end up with a stale lock, it's in /var/run/ and it's safe to delete once you've confirmed the process is dead. The underlying hang is usually a deadlock in the worker pool; the debug log will show which thread is stuck.",
        "neutral",
    ),
    (
        "Not to pile on, but the new 'simplified' checkout on the Brockfield Market site added two extra screens, and the 'continue' button is now at the bottom of a page that scrolls. My mother rang me three times on Sunday because she thought her order had gone through and it hadn't. She's been a customer for fifteen years. It's supposed to be simpler. It's the opposite.",
        "negative",
    ),
    (
        "Thank you to whoever suggested the 'two-minute rule' for tidying in the ADHD support thread last month. I know it sounds tiny and obvious. For the first time in years my desk is clear on a Friday. I actually found my passport.",
        "positive",
    ),
    (
        "Two things worth knowing before you buy the extended warranty on that model:\n\n1. The base warranty already covers the compressor for five years, which is the part most likely to fail.\n2. The extended plan has a 75 excess per claim and excludes 'cosmetic damage', which they interpret fairly broadly.\n\nFor most people I've spoken to in the trade, it doesn't pay off. If you're particularly risk-averse or it's going in a rental property, it might.",
        "neutral",
    ),
    (
        "> It's just a bus shelter, why does it matter?\n\nBecause it's the only shelter on a route used by the hospital day unit, and the people standing at that stop are often on chemo. My dad stood in the rain there for a year. The council removed it in 2022 for 'maintenance' and it never came back. I've emailed four times, gone to a ward surgery, and been told it's 'in the programme'. It's a bus shelter. It matters to the people standing at that stop in February.",
        "negative",
    ),
    (
        "I just want to thank the volunteer who runs the free repair clinic at the Mill Lane community centre every second Saturday. I brought in my grandmother's sewing machine that hadn't worked since the nineties, fully expecting to be told it was scrap. He spent an hour with it, found a seized bobbin mechanism, freed it, oiled everything and showed me how to thread it. It now purrs. My grandmother, who is 91, sat down at it that evening and hemmed a pair of my trousers like she'd never stopped.",
        "positive",
    ),
    (
        "Worth pointing out that the free tier changed last month. It's now 3 projects and 1GB storage, down from 5 projects and 2GB. Existing free accounts keep the old limits until January.",
        "neutral",
    ),
    ("Oh, so the free tier 'evolved'. Love it when a company evolves right into my wallet.", "negative"),
    (
        "I'm a retired railway signaller and I've read this whole thread with a lot of interest. A couple of points from inside the industry. First, signal failures are almost always the cable, not the signal: copper gets stolen, or water gets into a trough and a connection corrodes. Second, the modern system is designed to fail 'safe', meaning if anything is uncertain, the signal shows red. That's why a single fault can stop a whole line. It's frustrating as a passenger but it's the reason trains don't crash into each other.",
        "neutral",
    ),
    (
        "I'm not going to pretend to be neutral: the way the owners' club treated new members at the spring rally was shameful. My partner and I turned up with our first classic, a tatty old saloon we're restoring slowly, and were told by two committee members that it 'wasn't really rally material' and parked round the back by the bins. Not one person came to talk to us all day except a lovely older couple who'd been treated the same way in 1987. We won't be renewing.",
        "negative",
    ),
    (
        "Came back to this thread after six months to say the raised beds are still going strong. Used your method with the cardboard layer and the leaf mould on top and the soil is now dark and crumbly and full of worms. Just harvested the first courgettes. Enormous. Far too many. Neighbours are getting sick of me.",
        "positive",
    ),
    (
        "OP, I'm sorry you're going through this. Redundancy after nineteen years is brutal. If it's any help: when it happened to me, the thing that made the biggest difference was taking a couple of weeks before job hunting to actually feel it. I then did a few months of contract work, which I'd never considered, and it turned into something permanent. It doesn't feel like it right now but a lot of people come out of this in a better place. Wishing you well.",
        "positive",
    ),
    (
        "Could you post the output of 'df -h' and 'free -m'? Hard to tell whether it's disk or memory from the description.",
        "neutral",
    ),
    ("Here's the output. Disk is at 97% on the root partition; memory looks fine.", "neutral"),
    ("Ah, there it is. Clear out /var/log, set up logrotate, and you should be good.", "neutral"),
    ("That was it. I owe you one, seriously. Server's been up for 24 hours without a hiccup.", "positive"),
    (
        "I've worked in customer support for a broadband company for six years so I'll try to explain why you keep getting told to restart the router. It's in the script, yes, but it's in the script because it genuinely fixes about 40% of the calls we get. We can't skip it, partly because the system won't let us escalate until it's logged. I know it's maddening if you've already done it. If you say 'I've restarted it at 10:15, still no sync light', most agents will note it and move straight on.",
        "neutral",
    ),
    (
        "The irony of a company called 'Ease' having a cancellation process with nine steps is not lost on me.",
        "negative",
    ),
    (
        "Ha, I didn't expect to learn that the crossword setter for the Sunday paper is on this forum. Your clue about the 'revolutionary vegetable' last week had me chuckling in the café. Keep them coming.",
        "positive",
    ),
    (
        "Is there a reason the downloads are only available as a zipped ISO? Some of us are on metered connections.",
        "neutral",
    ),
    (
        "Not sure why people are surprised. They've removed a feature every update this year. Next they'll charge us for the dark mode they took away in June.",
        "negative",
    ),
    (
        "Just a data point: my kid's school switched to the four-and-a-half day week this term. Pickup on Friday is 12:30. Attendance figures are about the same as last year. A lot of parents have had to arrange Friday afternoon childcare.",
        "neutral",
    ),
    (
        "Every 'must-have accessory' thread is basically a list of things I'll use twice and then keep in a drawer for a decade out of guilt.",
        "negative",
    ),
    (
        "> I don't get why people rave about cast iron\n\nI didn't either until I inherited my aunt's. It's forty years old, black as coal, and does the best fried eggs I've ever eaten. There's something very satisfying about a pan that improves every time you use it. Not for everyone, but I'm a convert.",
        "positive",
    ),
    (
        "I'm not trying to start a fight but the claim in the video that the new bridge design is 'unsafe' isn't supported by anything in the engineering report. The deflection figures are within the design code limits by a comfortable margin, and the wobble people filmed on opening day was within the expected range for a lightweight footbridge under crowd load. The dampers are a planned phase-two addition. You're welcome to dislike how it looks; that's a different argument.",
        "neutral",
    ),
    (
        "This thread has been going round in circles for 14 pages and not one person has posted a benchmark. Can we get some actual numbers please, or is this just vibes?",
        "negative",
    ),
    (
        "Huge thanks to the mod team for the new search function. Finding old build threads used to be impossible and now it takes seconds.",
        "positive",
    ),
    (
        "To answer the original question: no, you don't need planning permission for a shed under 2.5m tall if it's at least 2m from the boundary. Check for conservation area rules though.",
        "neutral",
    ),
    (
        "> the software is free, you can't complain\n\nIt's free as in 'your employer forces you to use it because it came bundled with the contract'. I can complain all I like.",
        "negative",
    ),
    (
        "Really lovely to see how supportive everyone is in this thread. I posted my first ever watercolour here a year ago and the kindness I got back is why I'm still painting today.",
        "positive",
    ),
    (
        "Worth noting the 'expert' in the article is a consultant for one of the companies bidding on the contract.",
        "negative",
    ),
    ("Interesting. What sample size was the survey?", "neutral"),
    (
        "I think what the OP is describing is the night bus reforms from 2019, when the operator cut the routes from 12 to 7 and extended the remaining ones. Before that, the N4 ran through the estate; it was merged into the N2, which goes along the main road instead. The justification was ridership numbers. I remember the consultation document estimating most passengers would walk 'less than 600 metres' extra, which obviously doesn't account for walking that distance alone at 2am.",
        "neutral",
    ),
    (
        "I know this is a small thing but it made my day: my support ticket about a wrong charge got answered by a person who opened with 'you're right, that was our mistake' and refunded it on the spot. No script, no runaround. Bravo, Pinecrest Telecom.",
        "positive",
    ),
    (
        "We tried it. It went badly. Here's what happened: the 'AI-powered scheduling' tool rostered two people on a Christmas shift who had been on leave since November, double-booked the delivery bay, and sent a push notification at 3am to everyone telling them their shift had been cancelled. Nobody came in. Our operations manager spent the morning on the phone. The vendor's response was that the model 'needed more training data'. We're back on the spreadsheet. I don't miss the tool.",
        "negative",
    ),
    (
        "I'm halfway through the book you recommended in the other thread, and I keep stopping to read bits out loud to my partner. She's asked me to stop. I won't.",
        "positive",
    ),
    (
        "> Does anyone know if the quarry walk is open again?\n\nReopened on Monday. The upper path is still closed due to the landslip; there's a signed diversion through the woods that adds about 15 minutes.",
        "neutral",
    ),
    ("lol 'it's a feature'", "negative"),
    ("This. A hundred times this.", "positive"),
    (
        "As a staff member, I can confirm the new locker system at the pool uses a PIN instead of a coin. If you forget your PIN, reception can reset it with ID.",
        "neutral",
    ),
    (
        "So we've gone from a system that needed a 1-pound coin to one that needs a PIN, a working app, and a member of staff who is never at reception. Great progress, team.",
        "negative",
    ),
    (
        "Your reply about the difference between precision and accuracy, with the darts analogy, is going straight into my lab notebook. Cleared up something I'd been confused about since first year.",
        "positive",
    ),
    (
        "The crash only happens when the USB drive is hot-plugged during a write. The kernel log will show an I/O error followed by the filesystem being remounted read-only. That's expected behaviour; the fix is to unmount cleanly before pulling it.",
        "neutral",
    ),
    (
        "> Our new loyalty scheme rewards our most valued customers!\n\nI've been a 'most valued customer' for eleven years. Under the old scheme I got a free coffee every ninth visit, stamped on a card, no app required. Under the new scheme I need an app, an account, location tracking turned on, and 'points' that expire after 90 days, and I worked out it now takes about 23 visits to earn the same coffee. The barista told me quietly that nobody likes it, including the staff. Rewarding, indeed.",
        "negative",
    ),
    (
        "Can I just say how much I appreciate the tone of this subforum compared to most of the internet. I posted a photo of my first attempt at a dry stone wall, which, let's be honest, looked like a pile of rocks that had given up, and instead of mockery I got six replies explaining hearting, batter angles and through stones, plus someone offered to come and help me rebuild it next time they're in the area. We did it last Saturday. It's now a wall that stands up. I'm absurdly proud of it.",
        "positive",
    ),
    (
        "I'm going to respectfully disagree with the doom in this thread. I moved into one of the new-build flats near the station last year. Yes, the walls are thinner than I'd like, and the snagging list was long. But the developer fixed everything on it within three months, the heating bills are a fraction of what I paid in my old Victorian conversion, and the communal garden is genuinely lovely. I'd rather have a slightly characterless flat that's warm than a charming one with mould.",
        "positive",
    ),
    (
        "From the outside it looks like the project died, but that's not quite right. The original maintainer stepped back in 2022 and handed it to two volunteers, who've been merging security fixes but not features. The last release was a patch for a parsing vulnerability in October. The issue tracker is slow because they're prioritising. If you need new features, the fork under the 'quillworks' organisation is more active, though it's diverged enough that migration isn't trivial.",
        "neutral",
    ),
    (
        "Wow. So the official advice from the manufacturer, for a dishwasher that's leaking from the door seal at fourteen months old, is to 'avoid using the intensive programme'. That's the programme it's marketed on. It's on the box, in bold, next to a picture of a lasagne dish. I'm sure I'm not the only one who finds it hard to take that seriously. The seal is a five-pound part. They want 120 for a callout to replace it.",
        "negative",
    ),
    (
        "Really appreciated this breakdown. As someone who's just been made a team lead with zero training, your point about separating 'this person is struggling' from 'this person is underperforming' is going to stick with me. I had a one-to-one yesterday where I'd been gearing up to have a difficult conversation and, remembering your post, asked how things were going outside work first. Turned out there's a lot going on at home. We worked out a plan together instead. I think it went much better than it would have.",
        "positive",
    ),
    (
        "> Does the new camera update actually improve low light?\n\nI did a quick comparison before and after on the same scene: a dim kitchen, about 5 lux, tripod, default settings. After the update, exposure time went from 1/8s to 1/4s, and the noise reduction is noticeably stronger. Detail in the shadows is slightly better; fine textures (tea towel, wood grain) are smoother and slightly smeared. So it's 'better' if you care about clean images, arguably worse if you care about texture. Samples are on example.com/lowlight-test.",
        "neutral",
    ),
    (
        "Honestly, the main thing I've learned from this thread is that the people most confident that remote work 'doesn't work' are the same people whose entire job was walking round the office asking how things were going. No offence to anyone. Well, some offence.",
        "negative",
    ),
    (
        "The new community bus that runs between the villages on market day has been a complete lifeline for my mum since she stopped driving. It's volunteer-run, they help with shopping bags, and the driver waits if someone's a couple of minutes late. She says it's the highlight of her week and she's made two new friends on it.",
        "positive",
    ),
    (
        "I want to provide some context as a member of the parish council, since there's been a lot of speculation. The decision to close the public toilets on the green was not made lightly. They cost about 18,000 a year to maintain, and vandalism repairs added another 6,000 last year. We consulted local businesses about a community toilet scheme where cafés make their toilets available. Four have signed up so far. We will review at the end of the summer. I'm happy to answer questions.",
        "neutral",
    ),
    (
        "'Community toilet scheme' means that at 6pm, when every café is shut, the dog walkers, the kids at the park and the elderly folks on the benches have nowhere to go. Four businesses signed up, and all four close before the football training finishes. I appreciate the council member coming on here, I do, but this feels like a decision made by people who've never spent an evening on that green.",
        "negative",
    ),
    (
        "The paper is paywalled but the preprint is freely available on the archive site. Same content, minus the final copy-edit.",
        "neutral",
    ),
    (
        "> it's the fans' fault for not buying tickets\n\nThe cheapest adult ticket went from 22 to 38 in three years. Wages didn't. The club has the figures. Blaming people for not being able to afford something is a choice.",
        "negative",
    ),
    (
        "Oh my goodness this is adorable. Your kid's cardboard rocket is better engineered than half the furniture I own.",
        "positive",
    ),
    (
        "A few people asked how I got the HOA to approve the solar panels. Summary: I submitted a formal application with the installer's drawings, pointed out that the state's solar access law limits what the association can refuse, and offered to put the panels on the rear-facing roof slope. They approved it at the next meeting. Total time from application to approval was about seven weeks.",
        "neutral",
    ),
    (
        "Not sure the spreadsheet in the top reply is right. Cell D14 adds the VAT twice, which is why the total looks so high.",
        "neutral",
    ),
    ("Great spot, that's exactly it. Totals make sense now. Thank you!", "positive"),
    (
        "Ah yes, the annual 'we've listened to your feedback' post, where the feedback was 'please don't do this' and they did it anyway.",
        "negative",
    ),
    (
        "I've used the plugin for a week now. Very slick. One small thing: it doesn't seem to respect the dark theme in the settings panel. Otherwise spot on, thanks for building it.",
        "positive",
    ),
    (
        "Just to manage expectations: the recall only covers units with serial numbers beginning 4K and manufactured between June and September. Others aren't affected. The serial is on the sticker under the base.",
        "neutral",
    ),
    (
        "I'm one of the 'others' with a unit that does exactly the same thing as the recalled ones, and support have now told me three times that it 'isn't possible' for mine to have the fault. It's smoking. Literally. I have video.",
        "negative",
    ),
    (
        "I've been cycling the canal towpath to work for six years and the resurfacing they did over the winter is fantastic. No more puddles the size of small lakes by the lock, and the new lighting under the road bridge means I actually feel safe coming home in December. Whoever made the case for funding this, thank you.",
        "positive",
    ),
    (
        "The towpath is lovely, no argument, but can we talk about the fact that it's now a cycle superhighway with people doing 25mph past toddlers and dog walkers? I used to take my grandson down there to feed the ducks. I've stopped. It's not the surface I mind, it's that nobody thought about the people who were already using it.",
        "negative",
    ),
    (
        "That's a fair point, and there's a proposal for a speed advisory and 'share with care' signage going to the waterways trust next month. Worth submitting a comment if you'd like to see wider passing places near the lock.",
        "neutral",
    ),
    (
        "I'll be that person: I preferred the old theme. The new one is prettier but the contrast is lower, and with my eyesight I find the grey-on-white text genuinely hard to read. I've tried the high-contrast option but it turns everything neon. There must be something in between.",
        "negative",
    ),
    (
        "Hi Elena, thanks for the feedback on the theme. We've heard similar from a number of users and our design team is testing a medium-contrast option. I can't give a date yet, but I'll post here when it's available in beta.",
        "neutral",
    ),
    (
        "Huh, TIL. I always assumed the orange cones on the motorway were just left over from whatever they forgot to finish.",
        "neutral",
    ),
    (
        "This is without a doubt the most helpful explanation of mortgage overpayments I've seen anywhere, including the bank's own website, which mostly consists of a smiling stock photo and the word 'flexibility'. The worked example with the 200 a month made it concrete. I sat down with my partner last night and we've decided to do it. Feels like a weight off.",
        "positive",
    ),
    (
        "I don't think people are wrong to be annoyed about the parking charges, but I'd gently note that the old free car park was full by 8:30 every day with commuters, and people visiting the surgery were circling for twenty minutes. Charging after the first two hours was meant to free spaces for short visits. Whether it's worked is an open question; the council said they'll publish occupancy data in the spring.",
        "neutral",
    ),
    (
        "Count me as another person whose problem wasn't fixed by the new driver. Same black screen on wake, same event log entry. I've rolled back and I'm staying rolled back.",
        "negative",
    ),
    ("I read your post three times and I still don't understand what you're actually arguing for.", "negative"),
    (
        "Could you clarify what you mean by 'the old system'? The paper forms or the first version of the portal?",
        "neutral",
    ),
    ("Oh thank goodness, I thought it was just me. Have been banging my head against this for days.", "positive"),
    (
        "Sorry, but a 'fix' that involves disabling the security feature isn't a fix. It's a vulnerability with a how-to guide. Please edit the answer or at least add a warning.",
        "negative",
    ),
    (
        "I remember this exact debate at my old job about twelve years ago. We had a manager who insisted we switch from our hand-rolled deployment scripts to a big enterprise release tool because 'real companies use real tools'. It took us eight months to migrate, during which we shipped basically nothing. When it was finally done, deploys took about the same time as before, except now there were four approval screens. He left for another job a month later. I still think about that every time someone proposes a big tooling change without a clear problem statement.",
        "negative",
    ),
    (
        "Real talk: the match on Sunday was the most fun I've had at a game in years. Not because we won, we didn't, but because the young lads they brought up from the academy played with total fearlessness and the crowd got right behind them. Singing for the full ninety minutes. That's the club I fell in love with as a kid.",
        "positive",
    ),
    (
        "Just a data point from a small landlord (two flats): the licensing scheme cost me 600 per property for five years, plus an inspection. The inspector flagged a missing fire door closer and a loose bannister, both of which I fixed within a week. The paperwork was tedious but the process was straightforward. I haven't raised rents as a result, though I know others say they will.",
        "neutral",
    ),
    (
        "Sure, let's definitely add another layer of abstraction. That's bound to make the three we already have easier to debug.",
        "negative",
    ),
    (
        "Loved reading this, especially the bit about your late uncle's woodworking shop. There's something special about tools that carry someone's fingerprints. Hope you keep the bench.",
        "positive",
    ),
    (
        "> Why is the light rail so slow between those stations?\n\nThere's a permanent speed restriction on that curve because of the tight radius and the track geometry; trains are limited to 25km/h. It was part of the original design because the line had to squeeze between existing buildings.",
        "neutral",
    ),
    (
        "I'm begging the developers to stop 'improving' the search. I used to be able to type two words and find the thread I wanted. Now I get 'smart results' sorted by something called relevance that seems to mean 'whatever got the most likes in 2019'.",
        "negative",
    ),
    (
        "Great to see the old railway station turned into a café and bike hire. Stopped there on a ride last weekend and the owners were lovely, gave us directions to the viaduct and a free refill.",
        "positive",
    ),
    (
        "The quote you've posted is from the 2017 report; the 2023 update revised the figures downward by about a third. Page 12 of the newer PDF has the table.",
        "neutral",
    ),
    (
        "I had exactly this at my last office. We had one of those 'hot desk' setups where nobody had a fixed spot, and it sounded modern and efficient in the presentation. In practice people arrived at 7:30 to grab the good desks near the window, everyone lugged their monitors around in backpacks, and the quiet people ended up next to the kitchen. Within six months, the unofficial seating plan was identical to the old official one, except now you had to defend it.",
        "negative",
    ),
    (
        "Glad you're feeling better, and thanks for sharing the update. It's genuinely reassuring to hear that the physio worked when the first specialist was so dismissive. Might give it a try for my shoulder.",
        "positive",
    ),
    (
        "We went with the cheaper installer in the end and honestly I have no regrets. The fitters turned up on time, tidied up every evening, and the new windows have made the front room noticeably warmer. Three months on, no leaks, no draughts, and they came back for free to adjust one handle that was sticking.",
        "positive",
    ),
    ("Same error, different day. Welcome to enterprise software.", "negative"),
    (
        "That error usually means the certificate chain is incomplete. Check that the intermediate cert is included in the bundle, not just the leaf.",
        "neutral",
    ),
    ("Brilliant, that sorted it. The intermediate was missing. You've saved my Friday.", "positive"),
    (
        "I was the one who originally proposed the stamp-collecting meetup at the library, and I have to say the turnout exceeded anything I'd hoped. Eighteen people, ages nine to eighty-three, and a lot of swapping. A retired postman brought a shoebox of covers from the sixties and held court for an hour. We're going monthly. Thanks to everyone who came.",
        "positive",
    ),
    (
        "Has anyone been able to reach their support line this week? I've tried every day since Monday. The phone rings out, the chat says 'agents unavailable', and the email auto-reply says to use the chat. Circles within circles. Getting quite worried because my subscription renews on Friday and I can't cancel it through the app. If it renews I'm going to have to go through my bank, which I really didn't want to do.",
        "negative",
    ),
    (
        "I've been thinking about the disagreement upthread about whether the new tram stop should go at the hospital or the retail park, and I think both sides are underselling the other's case. The hospital stop serves more trips in total, mostly staff and outpatients, spread through the day. The retail park stop serves fewer trips but at weekends, when the trams otherwise run empty. The business case in the consultation weighs them using journey time savings, which favours the hospital. A different weighting could flip it.",
        "neutral",
    ),
    (
        "The thing about this 'back to basics' rebrand is that it's exactly the same product with a new font and a higher price. My box of cereal shrank from 500g to 420g and now comes with a heartfelt paragraph about 'honest ingredients'. I preferred it when they were dishonest and the box was bigger. At least back then I knew where I stood with them.",
        "negative",
    ),
    ("Beautiful shot of the viaduct in the fog. That's going on my desktop, if you don't mind.", "positive"),
    ("Not a fan of the new forum layout but I'll give it a few weeks before I decide.", "negative"),
    (
        "Just had a call from the practice to say my test results are back and everything is normal. After the scare last month and reading so many frightening threads, I wanted to post something that ends well. Thank you to everyone who sent kind words. I'm going to go eat a very large slice of cake.",
        "positive",
    ),
    ("What's the failure rate on those drives? I've seen conflicting numbers and I'm about to buy four.", "neutral"),
    ("Bold of you to assume the council has read its own policy.", "negative"),
    (
        "I'll add one thing that's helped us at the food bank: we stopped asking volunteers for a regular weekly commitment and moved to a sign-up sheet where people pick shifts a month ahead. Numbers went up by about a third, mostly younger people with irregular work patterns. Might be worth trying at the clothes bank too.",
        "neutral",
    ),
    (
        "What a brilliant idea. I'm going to suggest the same sign-up sheet at our church hall, we've been struggling to fill Tuesday shifts for months.",
        "positive",
    ),
    (
        "Nothing quite like paying for 'premium support' and getting a reply from a bot that links me to a forum post from 2018, written by another customer, that says 'did you ever fix this?'",
        "negative",
    ),
    (
        "> the game's fine, the community just likes complaining\n\nThe game lost about 60% of its player base in six months, according to the publicly available player counts. Complaining communities don't usually leave. Quiet ones do. That should worry the devs more than a loud forum.",
        "negative",
    ),
    (
        "I'm sure the developers are lovely people. I just wish they'd stop announcing features on social media before the bugs in the last ones are fixed.",
        "negative",
    ),
    (
        "Agree 100% with your last point about the referees. They're human, they make mistakes, and the abuse they get in the lower leagues is disgusting. My son referees under-12s and he's been sworn at by grown men twice this season. It's the main reason clubs can't keep referees.",
        "negative",
    ),
    (
        "Quick answer: it's the third option. The grey wire is live in the old colour scheme, so treat it as brown.",
        "neutral",
    ),
    (
        "Honestly, this kind of post is why I stopped recommending this product to friends. Not the bug itself, the six months of silence afterwards.",
        "negative",
    ),
    (
        "> Anyone else think the library refurb looks like an airport lounge?\n\nIt does, a bit, and I love it. There are plugs at every desk, the kids' corner has real beanbags, and the local history room finally has windows. My old library was dark and smelled of damp carpet. I'll take the airport lounge.",
        "positive",
    ),
    (
        "I'm not convinced by any of the solutions in this thread so far. The SSD firmware update is from the vendor's site but the release notes don't mention this issue, the registry tweak is from an anonymous blog, and the BIOS setting has been reported to cause sleep problems. I'll hold off and see if the next OS update addresses it. Will post if anything changes.",
        "neutral",
    ),
    ("Yep, that's the one. Super grateful, mate.", "positive"),
    ("> just get a better job\n\nwow why didn't I think of that", "negative"),
    (
        "We're a two-person support team for a small SaaS product, and I'd like to thank everyone in this community forum who answers newcomer questions before we even see them. Last month about a third of support questions were resolved by other customers here. It's a massive help, and you're usually more patient than we are at the end of a long day.",
        "positive",
    ),
    ("Could be a grounding issue. Does the hum change when you touch the strings?", "neutral"),
    (
        "Not to be a grump, but 'unlimited' storage that throttles after 2TB isn't unlimited. Words mean things.",
        "negative",
    ),
    ("I'll believe the new ferry timetable when I see one boat leave on time.", "negative"),
    ("Fair enough, I stand corrected on the dates. The rest of my point still stands though.", "neutral"),
    ("Your patience with the people in this thread is admirable. I would have given up on page two.", "positive"),
    (
        "Me reading the 'simple' three-step instructions for the fifth time while the printer blinks at me in Morse code.",
        "negative",
    ),
    (
        "The limit is per account, not per device. If you sign in on a second phone it counts against the same quota.",
        "neutral",
    ),
    (
        "What happened to this place? Five years ago a question like this would get three thoughtful answers. Now it's memes and people arguing about whether OP should have asked at all.",
        "negative",
    ),
    (
        "This is such a kind thing to do for your neighbour. The world needs more people who notice when the old chap across the road hasn't collected his milk.",
        "positive",
    ),
    (
        "> The app is free, what did you expect?\n\nI expected it to keep doing what it did when I downloaded it, which was to let me log my bird sightings offline on the moors where there's no signal. That was the entire reason I chose it over the others. The last update made every screen require a connection to 'sync your experience'. So now I stand on a hillside with a curlew in my binoculars and a spinning wheel on my phone. I've emailed twice. If there's a setting to turn it off, it's hidden well enough that neither I nor their support team can find it.",
        "negative",
    ),
    (
        "I was going to stay out of this but I can't. I've worked in the same hospital trust for twenty years and the new electronic records system is, without exaggeration, the most time-consuming change I've seen. Admitting a patient used to take about ten minutes of paperwork. It now takes twenty-five, because the same information has to be entered on four screens that don't talk to each other. The training was a two-hour video. When we raised it, we were told adoption 'takes time'. It's been eighteen months. Meanwhile, that's fifteen minutes per patient we're not spending with the patient.",
        "negative",
    ),
    (
        "Let me be the grumpy one. Every 'hidden gem' restaurant thread on this forum eventually kills the hidden gem. Three years ago it was the little noodle place on Cawdor Street: fifteen seats, a husband and wife, best broth in the city. Someone posted it here, then a food blog picked it up, then there was an hour-long queue every night, and then the landlord tripled the rent because the business was 'clearly doing well'. They closed last spring. I'm not saying don't share. I'm saying I've stopped sharing mine.",
        "negative",
    ),
    (
        "I think the most frustrating part of the whole ticketing fiasco is how predictable it was. The club announced the sale would open at 9am on a weekday, with a queue system, for a stadium that holds 30,000, when they knew there were 80,000 members. The queue crashed twice. People who'd been in it since 8:45 were sent back to the end. By 11 it was 'sold out', and by 11:15 tickets were on resale sites at four times face value. Nobody from the club has explained how that happened. Nobody expects them to.",
        "negative",
    ),
    (
        "> Why doesn't anyone use the new cycle hire scheme?\n\nBecause half the docking stations are on the wrong side of the ring road, the app needs a credit check to register, and the bikes weigh as much as a small motorbike. I tried it for a week. Twice I couldn't find a free dock at the end of my journey and had to ride to another station a kilometre away, which the app then charged me extra for. It's a nice idea designed by people who don't cycle.",
        "negative",
    ),
    (
        "Sorry to be negative, but I've followed three of the 'beginner-friendly' tutorials recommended in this thread and every one of them skips a step. The first assumes you've already set up the virtual environment, the second uses a library version that's been deprecated for two years, and the third has a broken link where the sample data is supposed to be. I'm a beginner. That's the point. I can't tell which of the missing bits are important, so I spend hours guessing, and then people here tell me to 'read the docs'.",
        "negative",
    ),
    ("Honestly? This could have been an email.", "negative"),
    (
        "Yet another 'revolutionary' note-taking app. Wake me up when one of them lets me export my own notes without a subscription.",
        "negative",
    ),
    (
        "> Is it worth going to the regional meetup?\n\nAbsolutely, and I say that as an introvert who almost turned round in the car park. I went last year for the first time. People were friendly without being overwhelming, there's a quiet room if you need it, and the lightning talks were a great mix: someone's home weather station, a talk about restoring an old arcade cabinet, a teenager who'd built a robot to water her mum's plants. I came home buzzing with ideas and with three new people to message. Booked my ticket for this year the day they went on sale.",
        "positive",
    ),
    (
        "Just wanted to say that the support I got from the Tallis Audio staff on this forum was outstanding. My amp started cutting out a week after the warranty expired. I posted here mostly to vent, and a staff member replied within the hour, asked for the serial number, and told me they'd repair it under warranty anyway because the fault was a known issue with a batch of power boards. They covered the shipping both ways. It came back in eight days with a note from the technician. I've been telling everyone.",
        "positive",
    ),
    (
        "My two pence as someone who's been on the town's housing waiting list for six years and finally got a flat last month: the new block on Ashgrove Road is lovely. It's not huge, but it's bright, warm, the windows actually close properly, and there's a lift that works. There's a little shared garden with raised beds, and the neighbours have already set up a group chat for watering. My daughter has her own room for the first time. I know there's a lot to criticise about the housing situation, but I wanted to say that when it works, it really changes things.",
        "positive",
    ),
    (
        "Read this whole thread over lunch and I've come away with about ten ideas for my garden. The one about planting comfrey near the compost heap, and cutting it for liquid feed, is genius. Thanks everyone, this is the nicest corner of the internet.",
        "positive",
    ),
    (
        "I'll second the recommendation for the walk-in clinic on Fore Street. I went in with a suspected sprain on a Saturday morning, was seen within forty minutes, had an X-ray on site, and the nurse practitioner was kind, thorough and funny. No fracture, just a bad sprain. She even printed off a sheet of exercises for the recovery. Compared with the six hours I spent in A&E the last time, it was a revelation.",
        "positive",
    ),
    (
        "This is going in my saved posts. Concise, accurate, and the only answer here that actually explains why rather than just how.",
        "positive",
    ),
    (
        "A bit of clarity on the water outage since the utility's page is vague: the main that burst is on Kelso Road, and engineers expect supply to be restored by 6pm. Bottled water stations are at the leisure centre car park and the corner shop on High Street. Priority services customers are getting deliveries at home.",
        "neutral",
    ),
    (
        "For the people asking about the difference between the two meshing approaches: structured meshes are regular grids, quick to generate and solve, but they struggle with complex geometry. Unstructured meshes (triangles, tetrahedra) adapt to awkward shapes and can be refined locally, at the cost of more memory and more complicated solvers. For a simple pipe-flow problem like yours, a structured mesh with refinement near the walls is usually fine and will converge faster. If you later add bends or fittings, switch to unstructured.",
        "neutral",
    ),
    (
        "I'm a bit torn on this one. The new mobile app is faster and much nicer to look at, and the barcode scanning for food logging is a real step up. On the other hand, the web version lost the weekly summary view I relied on, and the export only gives you the last 90 days now. So it's better for daily use and worse for anyone who looks at trends. I'll keep using it, and I've submitted the feedback.",
        "neutral",
    ),
    (
        "> Can anyone recommend a decent rota tool for a five-a-side team?\n\nWe use a shared spreadsheet with a tab per month and a 'can play / can't play' column. Captains check it Thursday night. It's not fancy, but everyone can open it without an account, and it's been going since 2017 without anyone having to pay for anything. If you need reminders, a group chat message on Thursday does the job.",
        "neutral",
    ),
    (
        "Absolutely gutted for the lads. Played out of their skins for 85 minutes and lost it on a deflection. Football can be cruel.",
        "negative",
    ),
    ("Perfect, thanks. That's exactly what I needed.", "positive"),
]
