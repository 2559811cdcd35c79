"""Hand-written sentiment training posts: general topic-board community site (posts, titles+bodies, comment replies).

Labels reflect the author's own expressed feeling. All names, places, products and users are fictional.
"""

POSTS = [
    # --- ask-the-crowd boards: questions and answers ---
    ("What's a smell that instantly takes you back?", "neutral"),
    (
        "Wet pavement after a hot day. Every single time I'm nine years old again, riding my bike to the corner shop with a pocket full of coins. Best smell in the world and nobody can convince me otherwise.",
        "positive",
    ),
    (
        "Chlorine. I was on the swim team for six years and that smell still makes my stomach drop a little. Too many 5am practices.",
        "negative",
    ),
    ("my grandmas kitchen, specifically cardamom and burnt toast", "neutral"),
    (
        "Creosote on a fence in summer. My dad used to do ours every June and I'd 'help', which meant getting it everywhere. He passed last year and I caught that smell walking past a garden centre last week and had to sit down for a minute. Weirdly I was grateful for it. Like a little visit.",
        "positive",
    ),
    ("What's something that was normal 15 years ago that would be weird now?", "neutral"),
    ("Printing out directions before a road trip. My mum had a folder. A FOLDER.", "neutral"),
    (
        "Calling someone's house and having to talk to their parents first. Honestly built character, I kind of miss it",
        "positive",
    ),
    (
        "Being unreachable. You went out and nobody could get hold of you until you got home. Now if I don't answer a message within an hour people assume I'm dead or mad at them. I don't think we traded up.",
        "negative",
    ),
    ("What's a hobby that looks boring from the outside but is actually great?", "neutral"),
    (
        "Birdwatching. I thought it was for retirees in beige vests. Then a friend dragged me out at dawn and we saw a heron take a fish right in front of us and I was hooked. I have the beige vest now. No regrets.",
        "positive",
    ),
    (
        "Spreadsheets. I'm serious. Tracking my plants, my books, my running. There's a calm that comes from a well formatted column that I can't explain to people.",
        "positive",
    ),
    (
        "> Birdwatching\n\nSeconding this but be warned, the gear rabbit hole is real. I went from 'i'll just use my phone' to pricing out scopes that cost more than my car within about eight months.",
        "neutral",
    ),
    ("What's the worst advice you've ever received and actually followed?", "neutral"),
    (
        "'Just put it on the credit card, you'll pay it off next month.' Reader, I did not pay it off next month. Or the month after. Took me four years to dig out of that and the person who said it was a bank advisor.",
        "negative",
    ),
    (
        "'Follow your passion.' Followed it straight into a degree with no jobs attached and 30k of debt. Passion doesn't pay rent, kids.",
        "negative",
    ),
    (
        "Someone told me to never apologise at work because it makes you look weak. Spent a year being a stubborn idiot before I realised everyone just thought I was a jerk. Apologising is fine. Owning mistakes is fine.",
        "negative",
    ),
    ("Which city has the best public transport you've used?", "neutral"),
    (
        "Honestly? Small towns in the Netherlands. Trains on time, bike parking everywhere, and when I got on the wrong one the conductor walked me to the right platform at the next stop. I still think about that guy.",
        "positive",
    ),
    ("What's a 'small luxury' that's worth every penny?", "neutral"),
    (
        "Good socks. Sounds dumb. I bought three pairs of proper wool ones after years of multipacks and my feet have genuinely never been happier. Winter is a different season now.",
        "positive",
    ),
    (
        "A second phone charger that lives in the bedroom. Ended a decade of unplugging and replugging at midnight.",
        "positive",
    ),
    ("Paying for the nicer toilet paper and I will not be taking questions", "positive"),
    ("What job would you never do, no matter the pay?", "neutral"),
    (
        "Anything in a call centre again. Did two years of inbound billing complaints. You get yelled at for eight hours about things you have zero power to change and then get marked down because your average call time was 40 seconds over target. Never. Not for double.",
        "negative",
    ),
    ("Deep sea fishing crews. I watched one documentary and that was enough.", "neutral"),
    ("What's a movie everyone loves that you think is overrated?", "neutral"),
    (
        "Every heist movie from the last decade. Same twist, same 'we planned for you planning for us' monologue. I could write them in my sleep.",
        "negative",
    ),
    ("What do you do when you can't sleep?", "neutral"),
    (
        "I get up, make chamomile, and read something deeply boring. Old appliance manuals work surprisingly well.",
        "neutral",
    ),
    (
        "Long shot but has anyone ever actually found out what happened to their childhood best friend? Looked mine up tonight and can't find anything.",
        "neutral",
    ),
    (
        "Yes! Found mine through an old school alumni page about two years ago. We met for coffee expecting it to be awkward and ended up talking for four hours. She's coming to my wedding in May. Keep looking, it's worth it.",
        "positive",
    ),
    (
        "I did and kind of wish I hadn't. He'd turned into someone I didn't recognise, very bitter, lots of opinions he wanted to share loudly. Sometimes the memory is better left alone.",
        "negative",
    ),
    ("What's the most useful thing you learned from a part time job as a teenager?", "neutral"),
    (
        "How to fold a fitted sheet. Worked at a hotel laundry for one summer. It's the only truly transferable skill I possess.",
        "neutral",
    ),
    (
        "How to deal with people who are angry at you for something you didn't do. Worked a cinema box office. Made me way calmer as an adult, honestly grateful for those awful Saturdays.",
        "positive",
    ),
    ("People who moved to a new country alone, how long before it felt like home?", "neutral"),
    (
        "About three years for me. The first winter was miserable, I didn't know anyone and the language was a wall. Then one day the guy at the bakery started setting aside my usual loaf without asking and I walked home grinning like an idiot. That was the turning point. Now it's home and I wouldn't trade it.",
        "positive",
    ),
    (
        "Eight years in and it still doesn't. I have friends, a job, a flat, but there's a low hum of not belonging that never goes away. Nobody tells you that part.",
        "negative",
    ),
    ("what's the dumbest way you've injured yourself", "neutral"),
    ("sneezed while putting on socks, pulled something in my back, off work two days. im 31", "neutral"),
    ("What's a question you've always been too embarrassed to ask?", "neutral"),
    (
        "How do people just know what to do with their hands when they stand around talking? I've been alive 28 years and I still never know.",
        "neutral",
    ),
    ("What app did you delete and never look back?", "neutral"),
    (
        "Deleted the shortform video one in January. First week was weird, kept reaching for my phone. Now I read about a book a week again and I'm sleeping before midnight. Wish I'd done it years ago.",
        "positive",
    ),
    (
        "The food delivery one. Not for any noble reason, I just looked at my yearly total and felt physically ill.",
        "negative",
    ),
    ("What's a compliment you still think about years later?", "neutral"),
    (
        "A stranger on a bus told me I had a 'very kind laugh'. That was 2014. I think about it probably monthly.",
        "positive",
    ),
    (
        "My old boss once said 'I never have to check your work.' Twelve words, and I've been chasing that feeling in every job since.",
        "positive",
    ),
    ("Without naming the place, what's the worst customer service you've ever had?", "neutral"),
    (
        "Internet provider. Six weeks without service, eleven calls, four technician 'appointments' where nobody came, and on the last call the agent suggested I 'try restarting the router.' I had restarted the router. I had restarted it maybe two hundred times. I had restarted my whole life around that router. Switched providers and the new one had me online in two days.",
        "negative",
    ),
    ("What's something you're proud of that you can't really brag about?", "neutral"),
    (
        "I've kept the same sourdough starter alive for six years. Through two moves and a breakup. Nobody cares but I do.",
        "positive",
    ),
    (
        "Went from barely being able to run for a bus to finishing a half marathon last month. Not fast. Very not fast. But I didn't walk once and I cried at the finish.",
        "positive",
    ),
    (
        "Paid off my mum's car without telling her. She thinks the bank made an error in her favour. I'm keeping it that way.",
        "positive",
    ),
    ("What do you think about people who recline their seat on planes?", "neutral"),
    (
        "It's a feature of the seat. If the airline didn't want you to recline, they'd stop installing the button. Take it up with them, not me.",
        "neutral",
    ),
    (
        "The people who slam it back the second the wheels leave the ground with zero glance behind them are a special kind of oblivious. Recline, fine. Do it slowly and look first.",
        "negative",
    ),
    ("Which chore do you secretly enjoy?", "neutral"),
    (
        "Ironing. Podcast on, steam going, watching wrinkles disappear. It's meditative and I will defend it.",
        "positive",
    ),
    ("What's a 'fact' you believed for way too long?", "neutral"),
    ("That you had to wait 24 hours to report a missing person. Found out at 26 it's a TV thing.", "neutral"),
    ("What's a sound you can't stand?", "neutral"),
    ("People eating cereal on a phone call. Why would you do that. Why would you choose that moment.", "negative"),
    ("Teachers of this board, what's changed most since you started?", "neutral"),
    (
        "Attention spans, and I don't say that to be a grumpy old man about it. I started in 2009. Back then I could hold a class on a single text for forty minutes. Now I plan in eight minute chunks and I still lose half of them. It's not the kids' fault, they're growing up in an environment designed by very clever people to take every second of their attention. But it's exhausting to fight and I'm losing.",
        "negative",
    ),
    ("Paperwork. I spend more time documenting that I taught something than actually teaching it.", "negative"),
    (
        "Honestly the kids are kinder to each other than when I started. Way less tolerance for bullying, way more open about mental health. Lots to worry about but that part is real and it's lovely to see.",
        "positive",
    ),
    ("How do you all handle the Sunday night dread?", "neutral"),
    ("I don't, I just lie there. Sorry, not helpful. Solidarity though.", "negative"),
    (
        "I started planning something small for Monday evening. Cinema, a class, dinner with a friend. Gives the week a front door that isn't work. Helped more than I expected.",
        "positive",
    ),
    ("What's the most interesting thing you've found in a second hand book?", "neutral"),
    (
        "A pressed four leaf clover and a note that said 'for luck on the exam, love M.' Dated 1971. I hope they passed.",
        "positive",
    ),
    (
        "Train ticket from Lisbon to Porto from 1998, used as a bookmark at chapter 12. I finished the book for them.",
        "neutral",
    ),
    # --- personal stories / advice boards ---
    (
        "My landlord is keeping my whole deposit for 'professional cleaning'\nI lived in the flat for three years. I left it cleaner than when I moved in, I have photos with timestamps of every room on move-out day. He's now claiming £640 for carpet cleaning and 'general refresh'. The carpet was already stained when I moved in and it's on the original inventory. I've emailed him twice and he just replies 'as per the tenancy agreement'. I'm so tired of being treated like a cash machine by people who do nothing.",
        "negative",
    ),
    ("Is it normal for a landlord to enter without notice if they say it's an emergency?", "neutral"),
    (
        "Depends on where you are, but in most places an actual emergency (burst pipe, gas leak, fire) means they can enter without notice. 'I wanted to look at the boiler' is not an emergency. Check your local tenancy rules and keep a record of every visit with dates.",
        "neutral",
    ),
    (
        "Update: got my deposit back!\nThanks to everyone who told me to go through the deposit protection scheme instead of arguing by email. I submitted the photos and inventory, the adjudicator sided with me on everything except £35 for a broken blind, which, fair, that was me. Full £605 back in my account this morning. You lot are brilliant. I'd have just given up without this thread.",
        "positive",
    ),
    ("Roommate keeps 'borrowing' my food, how do I bring it up without it being weird?", "neutral"),
    (
        "My boyfriend forgot my birthday and then acted like I was overreacting\nNot looking for anyone to tell me to dump him, just need to write this out. We've been together four years. He forgot. No text, no card, nothing until 9pm when his mum messaged me happy birthday and he saw it. Then he said 'it's just a day, you know I love you'. I do know. But it stung and being told it shouldn't sting stung more.",
        "negative",
    ),
    (
        "> it's just a day\n\nIt's never just a day, it's whether the person noticed you. Him forgetting is a mistake. Him brushing it off when you said it hurt is the part I'd want to talk about.",
        "negative",
    ),
    ("How do you split bills fairly when one partner earns a lot more?", "neutral"),
    (
        "We do proportional. I earn about 60% of the household income so I pay 60% of the shared bills, and we each keep the rest for ourselves. Took a spreadsheet and one slightly awkward conversation but it's been running for five years without a single argument about money. Cannot recommend it enough.",
        "positive",
    ),
    (
        "We split 50/50 and honestly it's been a slow poison. She earns triple what I do. Every holiday she picks is something I have to save for six months for, and I'm the bad guy if I say no. Please don't do what we did.",
        "negative",
    ),
    (
        "Finally asked for a raise after four years. Got it.\nI rehearsed for a week, brought a one-page list of what I'd taken on since my last review, and my manager just said 'yeah, that's fair, I'll push it through.' 12%. I spent four years assuming the answer would be no. If you're sitting on it, ask.",
        "positive",
    ),
    (
        "My company announced a 'return to office' mandate three days after I signed a lease 90 minutes away\nThey told everyone in the interview that the role was fully remote. It's in my offer letter. Now HR is saying the offer letter 'reflected policy at the time'. So the policy was a vibe, apparently. I'm not sure whether to fight this or just start applying elsewhere, but either way I'm done trusting anything that comes out of that building.",
        "negative",
    ),
    ("Is it unprofessional to leave a job after 8 months?", "neutral"),
    (
        "Not really. One short stint on a CV doesn't raise eyebrows these days. A pattern of them might. If someone asks, 'it wasn't the right fit and I wanted to move toward X' is all you need.",
        "neutral",
    ),
    ("How do I tell my parents I'm dropping out of law school?", "neutral"),
    (
        "I did this at 24. Told my parents over dinner, my dad didn't speak to me for about a week. Now I run a small furniture repair shop, I'm happier than I've ever been, and last Christmas my dad asked if he could come help out on Saturdays. It gets better. Be honest with them and give them time.",
        "positive",
    ),
    ("38, just found out I have nothing saved for retirement. How screwed am I?", "neutral"),
    (
        "Less than you think. You've potentially got 25-30 working years left. Start with whatever your employer matches, then look at low-cost index funds. The best time was 20 years ago, the second best is this month.",
        "neutral",
    ),
    (
        "I paid off my last debt today.\nStudent loan, two credit cards, and a car loan. £31,400 over six years. I ate a lot of rice. I said no to a lot of weddings abroad. I'm sitting in my kitchen and it doesn't feel real. Nobody in my life really gets why this is a big deal, so I'm telling you lot.",
        "positive",
    ),
    ("Congrats mate. Six years of rice deserves a proper steak tonight.", "positive"),
    (
        "Budgeting apps are useless for people with irregular income. They all assume you get the same paycheque on the 28th forever. I freelance. Some months I make four grand, some months I make six hundred. Every app I've tried either panics or tells me I'm 'over budget' in week one.",
        "negative",
    ),
    ("What's a good emergency fund size for a single person renting?", "neutral"),
    (
        "Common rule is 3-6 months of essential expenses. If your job is unstable or you're self-employed, lean toward 6 or more.",
        "neutral",
    ),
    (
        "My sister borrowed £2,000 and now won't talk about it\nIt's been fourteen months. She bought a new sofa in March. She went to Spain in June. Every time I bring it up she says 'I know, I know, I'll sort it' and changes the subject. Mum says I should let it go because 'family'. I'd let it go if she'd just said she couldn't pay. It's the pretending that gets me.",
        "negative",
    ),
    (
        "Got engaged at the top of the hill where we had our first date. She said yes before I even got the box open.",
        "positive",
    ),
    (
        "Small one but I finally cancelled the gym membership I haven't used since 2021. Freedom tastes like £34 a month.",
        "positive",
    ),
    ("How do you handle a coworker who takes credit for your work in meetings?", "neutral"),
    (
        "Start sending short recap emails after you finish anything. 'Hi all, attached is the report I put together on X, let me know if you have questions.' Paper trail, visible ownership, and it's hard for them to claim it after that. Worked for me.",
        "neutral",
    ),
    (
        "Ah yes, the classic 'we're a family here' company. The same family that laid off 40 people by a pre-recorded video call on a Friday afternoon.",
        "negative",
    ),
    (
        "Interviewed at a place today that gave me feedback within two hours, told me exactly where I fell short, and said they'd keep me in mind. Didn't get it but I've never been rejected so decently.",
        "positive",
    ),
    (
        "TIFU by replying-all to a company wide email with 'lol ok'\nIt was the announcement of the new CEO. 2,300 people. I have received 14 private messages saying 'brave' and one from my manager saying 'let's chat Monday'.",
        "neutral",
    ),
    (
        "Been single for three years. I keep reading that you 'have to love yourself first' before someone else will. I love myself fine. I'd just like someone to go to the cinema with.",
        "negative",
    ),
    (
        "My neighbour's dog barks from 6am to 8am every day\nThey leave for work, the dog loses its mind for two hours. I work nights. I've left a polite note, I've knocked, I've offered to walk it. They said they'd 'look into it' in September. It's February. I'm running on four hours' sleep and I've started fantasising about moving, which is ridiculous because I love everything else about this flat.",
        "negative",
    ),
    ("What's a reasonable thing to say to someone who just lost a parent? I never know what to say.", "neutral"),
    (
        "'I'm so sorry. I'm here if you want to talk or if you'd rather not talk.' Then actually turn up. Drop food off. Text them in month three when everyone else has stopped. That's the part people remember.",
        "neutral",
    ),
    (
        "My dad texted me 'proud of you' out of nowhere today. He's not a words guy. I've read it maybe thirty times.",
        "positive",
    ),
    (
        "After 11 years at the same company I handed in my notice today. Not for any drama. Just time. Strange mix of feelings, I'm excited about the new role but I walked past the coffee machine and felt like I was leaving a house I grew up in.",
        "neutral",
    ),
    (
        "Left my abusive marriage one year ago today. I rent a tiny flat with a window that doesn't close properly and a kitchen the size of a wardrobe and it is the most peaceful home I have ever had.",
        "positive",
    ),
    (
        "My wife and I have been arguing about whether the dishwasher should be rinsed first. I say no, modern ones are designed for unrinsed dishes. Please settle this.",
        "neutral",
    ),
    (
        "Modern dishwashers with soil sensors actually work better with some food on the dishes, the detergent enzymes need something to act on. Scrape, don't rinse. You win this one.",
        "neutral",
    ),
    (
        "Please stop telling people who are struggling to 'just go for a walk'. I walk. I walk a lot. The walk does not pay my electric bill.",
        "negative",
    ),
    (
        "Found out my manager has been quietly putting my name forward for the training programme for two years. I had no idea. I thought she barely noticed me. Got accepted today and she just said 'about time.'",
        "positive",
    ),
    ("My partner wants to move to his home town, 300 miles from my family. How did you make this decision?", "neutral"),
    (
        "We did it, moved to his town six years ago. First year was hard, I'm not going to pretend otherwise, I missed my mum terribly. But we have a house we could never afford back home, his family have been nothing but kind, and I video call mum every Sunday. Overall I'm really glad we took the leap. Make sure it's a decision you both own though, not one you give in on.",
        "positive",
    ),
    ("Anyone else feel like 'adulting' is mostly waiting on hold?", "negative"),
    (
        "I just realised I've been paying for two streaming services that show the exact same four shows. For eighteen months. I'm not even mad, I'm impressed by my own commitment to not paying attention.",
        "negative",
    ),
    ("How do I ask my housemates to contribute to a cleaning rota without sounding passive aggressive?", "neutral"),
    # --- hobby boards: gardening, cooking, cycling, board games, photography, fishing, knitting ---
    (
        "First tomato of the season!\nGrew these from seed on my windowsill in March. Everyone said it was too late to start them. It's small and a bit lopsided and I ate it standing in the garden with salt from the kitchen.",
        "positive",
    ),
    ("Why are my courgette leaves getting white powder on them?", "neutral"),
    (
        "That's powdery mildew. Very common late summer. Remove the worst leaves, water at the base rather than overhead, and give the plants more space for airflow. A milk and water spray (1:9) helps some people, results vary.",
        "neutral",
    ),
    (
        "Slugs ate every single one of my lettuce seedlings overnight. Forty of them. I'd been nursing them for three weeks. I went out with my coffee this morning and there were just stumps.",
        "negative",
    ),
    (
        "Copper tape around the raised beds and a beer trap or two. Also go out with a torch at 10pm and do a slug patrol, it's disgusting and deeply satisfying.",
        "neutral",
    ),
    (
        "Every gardening video: 'just add a little compost!' Mate, my soil is 90% builders' rubble and a shopping trolley wheel. A little compost is not going to cut it.",
        "negative",
    ),
    ("What's a good low-maintenance climber for a north facing fence?", "neutral"),
    (
        "Climbing hydrangea. Slow for the first two years (sleep, creep, leap, as they say) but once it gets going it's spectacular and basically looks after itself. Mine's been on a shady wall for nine years and I still stop to look at it.",
        "positive",
    ),
    (
        "Allotment update: year two\nLast year I inherited a plot that was waist-high brambles and a collapsed shed. This year I've had potatoes, beans, three kinds of squash and enough chard to feed a small village. The old boys on the next plot stopped calling me 'the new girl' around June and started giving me cuttings instead. Best decision I've made in ages.",
        "positive",
    ),
    ("Is it too late to plant garlic in December?", "neutral"),
    (
        "Made my grandmother's lasagne from her handwritten card. Took me all Sunday. Tasted exactly like being 8.",
        "positive",
    ),
    (
        "Why does my bread come out dense every time?\nFollowing the recipe to the gram. 500g strong white flour, 350g water, 10g salt, 7g instant yeast. Knead 10 min, prove 1.5 hours. It rises a bit but the crumb is tight and heavy. Kitchen is about 18°C if that matters.",
        "neutral",
    ),
    (
        "18°C is cool, your dough probably just needs longer. Go by how it looks (roughly doubled, springs back slowly when poked) rather than the clock. Could easily need 2.5-3 hours in that room.",
        "neutral",
    ),
    (
        "That was it!! Left it three hours and it's the best loaf I've ever made. Thank you, I've been doing this wrong for literally a year.",
        "positive",
    ),
    (
        "I'm sorry but recipe blogs that make me scroll through 2,000 words about someone's trip to Tuscany before telling me how much flour to use should be illegal",
        "negative",
    ),
    (
        "Hot take: a cheap carbon steel pan will do 90% of what a £200 pan does. I've had mine for eight years. It cost £22 and it's the best thing in my kitchen.",
        "positive",
    ),
    (
        "Tried the viral 'one pot pasta' everyone's been posting. It was fine? Like, edible. The pasta was a bit gluey and I don't understand the hype.",
        "negative",
    ),
    ("Does anyone know the difference between baking soda and baking powder in a cookie recipe?", "neutral"),
    (
        "Baking soda is pure sodium bicarbonate and needs an acid in the recipe (brown sugar, buttermilk, yoghurt) to react. Baking powder already contains its own acid. Soda tends to give more spread and browning, powder more lift.",
        "neutral",
    ),
    (
        "Cooked dinner for my in-laws for the first time. My father-in-law, who has said maybe 40 words to me in three years, asked for seconds and then asked for the recipe. I'm taking it.",
        "positive",
    ),
    (
        "Rode my first 100km today\nI bought a second hand road bike in April after my doctor said my blood pressure was 'concerning'. Couldn't do 10km without stopping. Today I did 100km with the club, average 24km/h, and I was only dropped once, on the big hill, and they waited for me at the top. Blood pressure is back in the normal range. I'm 52. Honestly feeling pretty chuffed with myself.",
        "positive",
    ),
    (
        "Drivers in this city treat bike lanes as free parking. Three times this week I've had to swerve into traffic because someone's parked in the lane with hazards on 'just for a minute'. One day that minute is going to kill someone.",
        "negative",
    ),
    ("What tyre pressure do you run on 28mm tubeless?", "neutral"),
    (
        "Depends on your weight and the roads. I'm 75kg, run about 65 psi front and 70 rear on rough tarmac. Check a pressure calculator, they're more accurate than the number on the sidewall.",
        "neutral",
    ),
    (
        "Just a reminder that you don't need a £4,000 bike to enjoy cycling. My commuter is a 20-year-old steel frame from a skip that I rebuilt for about £60. It's the most fun I have all day.",
        "positive",
    ),
    (
        "Oh brilliant, the council's 'new cycle infrastructure' is a painted line that disappears right at the roundabout. Thanks, really feeling safe now.",
        "negative",
    ),
    ("Chain keeps skipping in the two smallest cogs, what should I check first?", "neutral"),
    (
        "Worn chain or worn cassette, most likely. Measure the chain with a checker tool. If it's stretched past 0.75 you'll probably need both replaced, since a new chain will skip on a worn cassette.",
        "neutral",
    ),
    ("Board game night recommendations for 5 people who don't want anything too heavy?", "neutral"),
    (
        "Our group played 'Lanterns of Orrin' last weekend and I haven't stopped thinking about it. Twenty-minute rules explanation, ninety minutes of play, and at the end every single person wanted to go again. Even Dave, and Dave hates everything.",
        "positive",
    ),
    (
        "> Dave hates everything\n\nEvery group has a Dave. Ours is called Sophie. Getting Sophie to play twice is the highest honour a game can receive.",
        "positive",
    ),
    ("Does the expansion for 'Harbourmasters' actually fix the end-game problem or is it just more stuff?", "neutral"),
    (
        "It's more stuff. I bought it hoping it'd fix the runaway leader thing and it's worse, the new ships just let whoever's ahead snowball faster. Forty quid for extra cardboard and a worse game.",
        "negative",
    ),
    (
        "Why does every new crowdfunded board game need 300 plastic miniatures now? I just want a good game in a box that fits on my shelf. Not a 9kg coffin of grey plastic I'll never paint.",
        "negative",
    ),
    (
        "Taught my 7-year-old a proper strategy game for the first time tonight. She beat me fair and square and then insisted on teaching her grandad. Tired but very happy dad.",
        "positive",
    ),
    ("How do you handle a player who takes 10 minutes per turn?", "neutral"),
    (
        "Sand timer. Sounds petty, works beautifully. We introduced one 'for fun' and nobody objected because nobody wanted to be the person who objected to the timer.",
        "neutral",
    ),
    (
        "Golden hour at the harbour this evening. Shot on a 15-year-old camera with a kit lens. Feedback welcome.",
        "neutral",
    ),
    (
        "This is lovely. The way the light catches the rope on the left pulls your eye straight through the frame. Old gear and a good eye beats new gear and no eye every time.",
        "positive",
    ),
    (
        "Honest critique: horizon's tilted about two degrees and the sky is blown out on the right. Composition's decent though. Bracket your exposures next time.",
        "neutral",
    ),
    ("Should I upgrade from my 24mp crop sensor to full frame? I mostly shoot landscapes.", "neutral"),
    (
        "Got absolutely torn apart in a photo critique group for 'oversaturated' colours. Fine, maybe. But there's a difference between feedback and three people competing to be the most cutting. I posted to learn, not to be a punchline. Not going back.",
        "negative",
    ),
    (
        "Someone bought one of my prints at the local craft fair today. A stranger. Paid actual money for a picture I took. I don't know how to describe it.",
        "positive",
    ),
    ("What's the best way to store film negatives long term?", "neutral"),
    (
        "Archival polypropylene sleeves, kept in a binder, in a cool dry place with stable temperature. Avoid PVC sleeves and attics.",
        "neutral",
    ),
    ("Six hours on the riverbank, one bite, lost it at the net. Would do it all again tomorrow.", "positive"),
    ("What knot do you use for braided line to a fluoro leader?", "neutral"),
    (
        "FG knot if you can be bothered to learn it, it's the strongest and slimmest. Otherwise a double uni knot is fine and much easier in the cold.",
        "neutral",
    ),
    (
        "Whoever's been leaving tangles of line and hooks at the north bank of Millbrook reservoir, I pulled a swan out of your mess this morning. Took forty minutes and I got bitten twice. Take your rubbish home. It's not hard.",
        "negative",
    ),
    (
        "Caught my PB carp at 6:40 this morning, 28lb 4oz. Photographed, weighed and back in the water in under two minutes. Shaking a bit still. Twelve years of trying.",
        "positive",
    ),
    (
        "Is fishing actually relaxing or am I doing it wrong? I've been three times and spent the entire time untangling my line and losing lures to trees.",
        "negative",
    ),
    (
        "Finished my first jumper!\nThe sleeves are different lengths by about a centimetre and the neckline is a bit wonky, but I made an entire garment with two sticks and some string and I'm wearing it right now.",
        "positive",
    ),
    ("Can someone explain the difference between knit and purl like I'm five?", "neutral"),
    (
        "Every knitting pattern: 'easy beginner project!' Me, four hours in, holding something that looks like a fishing net that lost a fight.",
        "negative",
    ),
    (
        "Third time frogging this cardigan. The gauge swatch lied to me. I did everything right and the yoke is still 8cm too wide. I'm going to put it in a bag and not look at it until spring.",
        "negative",
    ),
    (
        "Started knitting after my mum died because she left a basket of unfinished projects. I finished her last scarf this week. It's not perfect. Her stitches are tighter than mine and you can see exactly where she stopped and I started. I like that you can see it.",
        "positive",
    ),
    ("Does wool really need to be hand washed or is the wool cycle on a machine fine?", "neutral"),
    (
        "Yarn shop in Ellerby closed last month. It was the only one within 40 miles. Now it's online or nothing and I hate buying yarn I can't touch first.",
        "negative",
    ),
    # --- gaming ---
    (
        "So the new 'Skyrift' patch removed offline mode\nI bought this game in 2019 specifically because it worked offline. I play on a laptop on trains. Now it needs an always-on connection 'to improve the player experience' and I can't even load my save in a tunnel. Refund window is long gone obviously. Love that the game I paid for can be changed into a different product whenever they feel like it.",
        "negative",
    ),
    ("Does anyone know if 'Hollowgate' has split screen co-op or only online?", "neutral"),
    ("Only online as far as I know. There was talk of local co-op in a patch but nothing announced.", "neutral"),
    (
        "Finally beat the Cinder Warden after 63 attempts. I stood up and yelled so loud my downstairs neighbour banged on the ceiling. Worth it.",
        "positive",
    ),
    (
        "Anyone else think 'Ashen Crown 2' is a massive step down from the first one? The story's gone from grounded and strange to another chosen-one-saves-the-world plot. Combat's smoother sure, but I didn't play the first one for the combat.",
        "negative",
    ),
    (
        "Hard disagree actually. The first one's story was great but the pacing in the middle third was a slog. The sequel's tighter and the side quests have way more heart. Different game, not a worse one.",
        "neutral",
    ),
    (
        "Honestly this little indie farming game has done more for my anxiety than anything else this year. No timers, no fail states, just you and your goats. 10/10 would befriend the grumpy blacksmith again.",
        "positive",
    ),
    (
        "PSA: 'Driftline' is 80% off this week on the usual store. If you liked racing games with actual personality, grab it.",
        "positive",
    ),
    (
        "Thirty quid for a 'deluxe edition' that adds two hats and a soundtrack. Sure. Totally worth it. Can't wait to see what the 'ultimate edition' gives us. Maybe a third hat.",
        "negative",
    ),
    ("What's a game with a genuinely great ending?", "neutral"),
    (
        "'Lantern Below'. No spoilers but the last ten minutes recontextualise the whole thing and I sat there through the credits not moving. Played it in 2017 and I still bring it up at pubs.",
        "positive",
    ),
    (
        "My 11 year old keeps asking for in-game currency for his birthday. Is it normal to find this depressing? When I was 11 I asked for a bike.",
        "negative",
    ),
    ("GPU at 100% but only getting 40fps in town areas, is this a CPU bottleneck?", "neutral"),
    (
        "Very likely. Town areas are usually CPU heavy due to NPC simulation. Check per-core usage, if one core's pinned at 100% that's your bottleneck. Lowering crowd density in settings usually helps.",
        "neutral",
    ),
    (
        "Matchmaking in ranked is a joke right now. Three games in a row with someone who AFKs in the first minute. No penalty, I lose the points anyway. Why bother.",
        "negative",
    ),
    (
        "Shoutout to the random who carried me through the raid last night and stayed on voice to explain every mechanic instead of just kicking me. No idea who you are but you made my week.",
        "positive",
    ),
    ("Is it worth replaying 'Ferrowind' with the remaster or is the original fine?", "neutral"),
    (
        "Remaster is fine, lighting's nicer, but they 'fixed' the soundtrack by re-recording it and it lost something. I'd honestly play the original if you can run it.",
        "negative",
    ),
    (
        "After 400 hours of 'Starward Colonies' I think I'm done. Not because it's bad, the opposite. I just realised I've built everything I wanted to build. Weird feeling to finish a game that doesn't end.",
        "neutral",
    ),
    (
        "Game devs who keep their games patched and working years after launch without charging extra, I see you and I appreciate you.",
        "positive",
    ),
    ("lmao the 'day one patch' is 48GB. for a game that's 52GB. so they shipped a demo", "negative"),
    ("What controller do people use for PC these days?", "neutral"),
    # --- films / TV / books ---
    (
        "Just finished 'The Long Quiet' and I need to talk to someone about it\nI went in knowing nothing and that final scene with the letter completely wrecked me. The way the director holds the shot on her hands instead of her face. I've seen hundreds of films and I can't remember the last time a single shot did that much work. Anyone else?",
        "positive",
    ),
    (
        "Yes. That shot. I watched it in a cinema and the whole room went silent. Nobody moved when the credits started.",
        "positive",
    ),
    (
        "I thought it was fine but overlong. Twenty minutes could have come out of the middle and nobody would have noticed. The ending's good, agreed, but you have to earn it by sitting through a lot of people staring out of windows.",
        "negative",
    ),
    (
        "What's the deal with every streaming show now being 8 episodes where 6 are setup and 2 are the actual story?",
        "negative",
    ),
    ("Is 'Carver Street' worth watching? Heard mixed things about season two.", "neutral"),
    ("Season one is excellent, season two has a rough first half but sticks the landing. I'd say yes.", "positive"),
    (
        "They cancelled 'Night Ferry' after one season. On a cliffhanger. Again. I'm at the point where I won't start a new show unless it's already been renewed, because I'm tired of getting invested in things that get pulled after eight weeks.",
        "negative",
    ),
    (
        "Reminder that 'The Glasswright' turns 25 this year. Still the best ensemble cast in any film of that decade, fight me.",
        "positive",
    ),
    (
        "Which translation of the old Russian novels do people recommend? Starting with the big one about the brothers.",
        "neutral",
    ),
    (
        "The newer translations tend to be more faithful to the original's roughness, the older ones smoother but more 'Victorian'. I'd try the first chapter of two and see which voice you like.",
        "neutral",
    ),
    (
        "I read 52 books this year, first time I've hit my goal. What made the difference was giving myself permission to stop reading things I wasn't enjoying. Quit about 15 of them halfway. Zero guilt.",
        "positive",
    ),
    (
        "Unpopular opinion: 'The Orchard Letters' is the most overrated novel on every 'must read' list. Beautiful sentences about absolutely nothing. I finished it out of spite.",
        "negative",
    ),
    ("Couldn't disagree more, but I respect finishing it out of spite. That's commitment.", "neutral"),
    (
        "Book club picked a 700-page fantasy doorstop with a three week deadline. I am on page 90. Send help.",
        "negative",
    ),
    (
        "My local library started a 'blind date with a book' shelf, wrapped in brown paper with three words written on the front. Picked one that said 'lighthouse, grief, dogs'. It was perfect. I love libraries so much.",
        "positive",
    ),
    ("Does anyone know if 'Marrowfield' is getting a third book? Author's been quiet for five years.", "neutral"),
    ("Author posted on her blog last spring that she's 'working on it but life happened'. No date.", "neutral"),
    (
        "Five years. I've reread the first two books three times. At this point I'm half expecting the finale to be delivered to my grave by courier.",
        "negative",
    ),
    (
        "Watched 'Two Harbours' with my dad who hasn't sat through a film in a decade. He laughed at every single one of the harbourmaster's lines. Good night.",
        "positive",
    ),
    (
        "Why does every trailer now show the entire plot? I watched a two minute trailer yesterday and I could tell you the beginning, the twist and the last shot.",
        "negative",
    ),
    (
        "The adaptation is better than the book, and I say that as someone who loves the book. The screenwriter cut the dull subplot about the uncle and gave the sister actual lines. Sometimes editing is a kindness.",
        "positive",
    ),
    ("What are some comfort rewatch shows that aren't sitcoms?", "neutral"),
    (
        "Any baking competition show. Low stakes, nice people, someone cries over a collapsed cake and everyone hugs them. Perfect.",
        "positive",
    ),
    (
        "The remake swapped a practical monster for CGI and now it looks like it's made of wet plasticine. The original was made for a fraction of the budget and is scarier forty years later. What are we doing.",
        "negative",
    ),
    # --- pets ---
    (
        "Adopted a senior greyhound three weeks ago\nShe's 9, retired from racing years ago, and spent the last two years in a kennel because nobody wants the old ones. First week she wouldn't come out of her bed. Second week she started following me from room to room. Tonight she did the thing where they flop onto their back with all four legs in the air and fell asleep snoring on the sofa. I know she doesn't have loads of years left. I'm going to make every single one of them soft.",
        "positive",
    ),
    (
        "My cat has started peeing outside the litter tray\nHe's 6, neutered, nothing's changed in the house as far as I can tell. Same litter, same tray, same spot. It started about ten days ago, always on the bathmat. He seems otherwise normal, eating fine, playing. Any ideas what to check before I go to the vet? I'm trying to work out if it's behavioural or medical.",
        "neutral",
    ),
    (
        "Go to the vet first, honestly. Sudden changes in litter habits in male cats can be a urinary issue, and blockages can become an emergency fast. If he's straining or going often with little coming out, go today.",
        "neutral",
    ),
    (
        "Vet update: it was crystals in his urine. Caught early, he's on a special diet and already back to using the tray. Thanks to whoever told me to go straight away. Genuinely might have saved him.",
        "positive",
    ),
    (
        "Can we talk about how expensive vets have got? Took my dog in for a limp. Consultation £78. X-ray £340. Anti-inflammatories £45. Diagnosis: sprain, rest for a week. I love him and I'd pay it again but I left that place feeling like I'd been mugged politely. Pet insurance premiums have gone up 40% this year too, so that's lovely.",
        "negative",
    ),
    ("What do you feed a rescue rabbit that's been on a pellet-only diet?", "neutral"),
    (
        "Mostly hay, unlimited, good quality. Introduce greens slowly, one new type at a time over a couple of weeks so you can see if anything upsets their stomach. Pellets should be a small daily portion, not the main food.",
        "neutral",
    ),
    (
        "Our old lab died this morning. Fourteen years. The house is so quiet. I keep stepping over the spot by the door where she used to lie.",
        "negative",
    ),
    (
        "People who let their off-lead dogs run up to mine while shouting 'it's fine, he's friendly!' — mine isn't, and that's why she's on a lead. I've had to pick up a reactive 25kg dog three times this month. It's not friendly, it's rude.",
        "negative",
    ),
    ("Is it normal for a puppy to sleep 18 hours a day?", "neutral"),
    (
        "Completely normal. Puppies sleep 18-20 hours. Overtired puppies are the bitey, chaotic ones, so enforced naps are your friend.",
        "neutral",
    ),
    (
        "My partner's cat tolerated me for two years. Today she climbed onto my lap on her own, kneaded for a bit, and went to sleep. I have not moved in 90 minutes. I need the toilet. I will not be going to the toilet.",
        "positive",
    ),
    (
        "Tried raw feeding on advice from a very confident woman at the dog park. Dog got sick, vet bill was huge, vet gave me a look I'll remember forever. Going back to normal food and not taking advice from strangers with carabiners anymore.",
        "negative",
    ),
    (
        "Our bearded dragon's been shedding weirdly around his toes, some bits are stuck. Is a warm bath okay or will that stress him out?",
        "neutral",
    ),
    # --- parenting ---
    (
        "My teenager said thank you for dinner tonight without being prompted\nHe's 15. Grunts are his primary language. He came down, ate the curry, put the plate in the dishwasher (!!) and said 'that was good, thanks mum' on the way back upstairs. I just stood in the kitchen like I'd seen a comet. I'm writing this down so I remember it during the next argument about screen time.",
        "positive",
    ),
    ("How do you handle a toddler who refuses to get in the car seat?", "neutral"),
    (
        "Give them a choice that isn't a choice. 'Do you want to climb in yourself or do you want me to lift you?' Both end in the seat. Also a special car-only toy helped ours. It still took weeks.",
        "neutral",
    ),
    (
        "Nobody warned me that the hardest part of parenting a newborn isn't the nappies or the crying, it's the relentless 3am guilt about whether you're doing any of it right. Every forum has a different answer, every relative has a different opinion, and my health visitor contradicts the hospital. I'm tired, my partner's tired, and I've searched 'is it normal' about 400 times this month.",
        "negative",
    ),
    (
        "You're doing better than you think. The fact you're worrying about it means you care. Mine's 4 now and I can confirm it gets easier, not all at once, but it does.",
        "positive",
    ),
    (
        "School sent home a 'crazy hair day' note with one day's notice. For a Wednesday. When I'm on an early shift. Love that the expectation is every family has a parent at home with a bag of hair gel and unlimited time.",
        "negative",
    ),
    ("What age did your kids start getting pocket money, and how much?", "neutral"),
    (
        "We started at 6, £1 a week, and add 50p each birthday. Three jars: spend, save, give. My 10 year old saved for seven months to buy a telescope. I've never been so proud of a purchase I didn't make.",
        "positive",
    ),
    (
        "My daughter asked me why I don't have any friends. She wasn't being mean, she's 7 and genuinely curious. I told her grown ups are busy. Then I sat in the car for ten minutes after drop-off because honestly, I don't know the real answer.",
        "negative",
    ),
    ("Is it normal for a 3 year old to only eat beige food?", "neutral"),
    (
        "Very normal. It's a phase for a lot of kids. Keep offering other stuff alongside without pressure, and check with your GP if you're worried about growth or if it persists for years.",
        "neutral",
    ),
    (
        "Just want to say the other parents at our little league have been amazing since my husband's been in hospital. Lifts, meals in the freezer, someone even mowed our lawn without asking. I didn't know half their surnames a month ago.",
        "positive",
    ),
    (
        "Kid's school uses three separate apps to communicate. One for homework, one for messages, one for payments. Two of them send notifications for the same thing. None of them talk to each other. I have missed two trips because the letter was in the 'wrong' app.",
        "negative",
    ),
    ("My son (12) wants to quit piano after 5 years. Do I let him?", "neutral"),
    (
        "I was that kid. My parents let me quit at 13. I'm 35 now and I wish I'd kept going, but I also know I'd have resented it at the time. Maybe suggest a break rather than quitting? Let him try something else and see if he misses it.",
        "neutral",
    ),
    (
        "Our twins started reception today. I thought I'd be fine. I was not fine. I cried in a supermarket car park holding a croissant.",
        "negative",
    ),
    # --- fitness ---
    (
        "One year ago I couldn't do a single push up. Today I did 30 in a row.\nNot a dramatic transformation story, I'm still the same shape really. But I remember lying on my bedroom floor doing knee push-ups and shaking after three, and feeling ridiculous. I just kept doing them. Three times a week, every week, a tiny bit more each time. It's the first time I've ever stuck to anything physical.",
        "positive",
    ),
    ("How many rest days should a beginner take between lifting sessions?", "neutral"),
    (
        "Generally 48 hours for the same muscle group. A full body routine three days a week (Mon/Wed/Fri style) is a common and solid start.",
        "neutral",
    ),
    (
        "Fitness influencers telling me to 'just wake up at 5am' to work out have clearly never done a 12 hour shift on a hospital ward. Some of us are doing well if we manage a walk. Please stop selling discipline like it's a personality trait you can buy.",
        "negative",
    ),
    (
        "My gym has started charging a 'peak time surcharge' for using it between 5 and 8pm. So, when everyone with a job can actually go. Cancelled today. Doing bodyweight stuff in the park until I find somewhere that isn't squeezing us.",
        "negative",
    ),
    ("Is creatine safe for someone in their 50s?", "neutral"),
    (
        "Creatine monohydrate is one of the most researched supplements out there and is generally considered safe for healthy adults, including older ones. If you have kidney issues or take medications, check with your doctor first.",
        "neutral",
    ),
    (
        "Ran my first Saturday park 5k this morning. Came 203rd out of 210. The marshals cheered for me like I'd won the thing. I'll be back next week.",
        "positive",
    ),
    ("Anyone else get knee pain on the stairmaster but not running?", "neutral"),
    (
        "I spent two years doing whatever program the loudest person online was pushing. Six day splits, intermittent fasting, cold showers, the lot. Hurt my shoulder, burned out, quit for a year. Now I lift three times a week on a boring program from a book, eat normally, and I'm stronger than I've ever been. Boring works. It's just not exciting enough to sell.",
        "positive",
    ),
    (
        "Lost 20kg and now everyone at work comments on my body constantly. 'You look so well!' 'What's your secret?' I know they mean it nicely but I didn't do it for attention and I'd really like it to stop being the main topic whenever I walk into a room.",
        "negative",
    ),
    (
        "Deadlift PR today, 180kg at 68kg bodyweight. Form video in the comments if anyone wants to pick it apart.",
        "positive",
    ),
    ("Clean lift. Hips and bar moved together, no hitching. Nice work.", "positive"),
    (
        "Back rounds quite a bit in the last third. Not saying it's dangerous at that weight but I'd watch it before going heavier.",
        "neutral",
    ),
    # --- cars ---
    (
        "Took my car in for a 'simple' brake pad change, came out with a £1,100 quote\nThe garage rang me two hours after I dropped it off. Apparently it also needs discs, calipers, a brake fluid flush, two new tyres, a 'suspension refresh' and something about a wishbone bush. The car passed its inspection four months ago with no advisories. I said just do the pads please, and the guy went quiet and then said 'well, it's your life'. I collected it, drove it to the independent place my uncle uses, and they said the discs were fine and everything else was fine too. I've been going to that first garage for six years. Feels like being cheated on by a mechanic.",
        "negative",
    ),
    ("What does a 'check engine' light flashing vs solid mean?", "neutral"),
    (
        "Solid usually means a fault's been logged that needs checking soon. Flashing typically indicates an active misfire that can damage the catalytic converter, so you should reduce speed and get it looked at as soon as possible rather than keep driving hard. A cheap OBD2 reader will tell you the code and give you a starting point before you go to a garage.",
        "neutral",
    ),
    (
        "My 2006 hatchback just rolled over 300,000km\nBought it from a retired teacher in 2011 with 90,000 on the clock. It has taken me through two house moves, three jobs, a wedding (mine), a divorce (also mine), and one memorable night stuck in a snowdrift where it started on the fourth try and got me home. Original clutch. Rust on the rear arches that I've been ignoring with great dedication. People keep telling me to upgrade. Why would I. We understand each other.",
        "positive",
    ),
    ("Electric or hybrid for someone who does 40 miles a day but lives in a flat with no charging?", "neutral"),
    (
        "Without home charging, I'd lean hybrid. Public charging works but relying on it every couple of days gets tedious and costs a lot more than home rates. I did it for a year with a full EV in a flat and it's fine when the chargers work, but the number of evenings I spent sitting in a supermarket car park waiting for a broken unit to reset... If your workplace has chargers that changes the sums entirely, though.",
        "neutral",
    ),
    (
        "The new dashboard in my partner's car has no physical buttons. To turn on the demister you go through two touchscreen menus. While driving. In the rain. Somebody was paid a lot of money to decide this was progress.",
        "negative",
    ),
    (
        "Sold my first car today. 17 years old, kept it running on online tutorials and stubbornness. The young lad who bought it was so excited, he's just passed his test. I handed over the keys with a folder of every receipt and a note about the sticky passenger window. Hope it's as good to him as it was to me.",
        "positive",
    ),
    ("Anyone know a decent independent mechanic near Fenwick Cross? Need a timing belt done.", "neutral"),
    (
        "Hallam Motors on the industrial estate. Small place, two guys, they sent me a photo of the worn part before replacing it and the final bill was £20 under the quote. Rare, and worth supporting.",
        "positive",
    ),
    (
        "Does anyone else find the new 'subscription' heated seats thing absolutely mad? The hardware is already in the car. You've paid for it. It's sitting under your bum. And you have to pay monthly to turn it on. I don't care how they dress it up, that's charging people rent on something they already own.",
        "negative",
    ),
    (
        "Finally learned to change my own oil at 41. My dad never taught me, he always said 'just take it to the garage'. Watched a few videos, borrowed ramps from a neighbour, got filthy, dropped the sump plug into the drain pan and had to fish it out. But it's done and I did it and I'm irrationally pleased with myself.",
        "positive",
    ),
    ("Learner driver here, how far back should I be from the car in front on the motorway?", "neutral"),
    (
        "Two second rule in the dry, at least four in the wet. Pick a fixed point like a bridge or sign, when the car in front passes it start counting.",
        "neutral",
    ),
    (
        "Insurance renewal came through. Up 62% on last year. No claims, no points, same car, same address, same job, one year older. When I rang to ask why, the woman said 'it's the market'. When I got a quote as a new customer on their own website it was £300 cheaper. So I'm being charged extra for being loyal. Brilliant system.",
        "negative",
    ),
    # --- home repair / DIY ---
    (
        "Tiled my first bathroom floor\nTook three weekends, one cracked tile, two arguments with the tile cutter and a lot of kneeling. There's a slightly wide grout line near the toilet that I will see every time I walk in there for the rest of my life. But it's level, it's sealed, and my partner walked in and said 'wait, YOU did this?' in a tone I'm choosing to take as a compliment.",
        "positive",
    ),
    ("What's the right way to fix a dripping mixer tap? It's the single lever kind.", "neutral"),
    (
        "Single lever mixers usually have a ceramic cartridge rather than a washer. Turn off the water under the sink, pop the cap off the lever, undo the screw, lift the handle off, then unscrew the retaining nut and pull the cartridge. Take it to a plumbing merchant to match it, they're specific to the brand and model. Replace, reassemble, done. Budget 30 minutes and £15-40 for the part.",
        "neutral",
    ),
    (
        "Builders said two weeks for the kitchen extension. That was eleven weeks ago. The roof's still a tarpaulin, the site manager's phone goes to voicemail, and I'm washing dishes in the bath. Every time I ask for a date I get a new one, and every new date passes without anyone even mentioning it. I've paid 70% up front like an idiot because 'that's how they work'. Lesson learned, expensively.",
        "negative",
    ),
    (
        "Damp patch appearing on the inside of an external wall after heavy rain, only in one corner. Render outside looks intact. Where should I start looking?",
        "neutral",
    ),
    (
        "Check gutters and downpipes directly above first, a blocked gutter overflowing onto the wall is by far the most common cause. Then look at the window sill above if there is one, and flashing if it's near a roof junction. Cracks in render can be hairline and hard to spot from the ground, so a pair of binoculars helps.",
        "neutral",
    ),
    (
        "The previous owner of my house was apparently a very confident amateur electrician. Opened up a light switch today to replace it and found three different colour cables twisted together with sticky tape, no junction box, and a note on the back of the faceplate that just says 'do not touch'. Thanks, Gerald. Electrician's coming Tuesday. Wallet's already crying.",
        "negative",
    ),
    (
        "Just want to give props to my neighbour Femi who, when I mentioned my fence had blown down, turned up on Saturday with post mix, a spirit level and two hours of his time, and refused to take anything but a beer. We've lived next to each other four years and barely spoken. I'm making him a lasagne.",
        "positive",
    ),
    (
        "What's the difference between a combi boiler and a system boiler, and which makes sense for a 3-bed semi with one bathroom?",
        "neutral",
    ),
    (
        "I don't understand why every home improvement show makes renovations look like a fun weekend. I've had the plaster off my living room wall since June. Every layer of this house reveals a new problem. Under the wallpaper was more wallpaper. Under that was a crack. Under the crack was a lintel someone built out of what I'm fairly sure was a bed slat.",
        "negative",
    ),
    (
        "Spent Sunday resealing around the bath. Pulled out the black mouldy old silicone, cleaned, dried overnight, used masking tape for straight lines. It's not the most exciting job but it looks brand new. Small wins.",
        "positive",
    ),
    (
        "Reminder: if you're drilling into a wall, use a detector first. I didn't. I now know exactly where the water pipe to my upstairs bathroom runs, as does my downstairs ceiling.",
        "negative",
    ),
    (
        "Bought a house built in 1932 and I keep finding little things the original builders did that are so thoughtful. The larder has a vent that keeps it properly cool. The doors are solid and close with this lovely soft click. The stairs don't creak at all, after nearly a century. People built things to last and it shows.",
        "positive",
    ),
    # --- local city boards ---
    ("Anyone know why the 42 bus has been skipping Marlow Road all week?", "neutral"),
    (
        "There are roadworks on the Marlow Road junction until the 19th, the 42 is diverted via Church Lane. Notice is on the transport authority's site, though it's not exactly easy to find.",
        "neutral",
    ),
    (
        "Has anyone else noticed how much worse the parking situation round Ashby Park has got since they built the new flats? Forty-odd apartments and about twelve spaces. Now every evening there's cars on the verges, cars across driveways, and an ambulance had to wait five minutes on Thursday to get down our road. The council approved it knowing exactly this would happen. Nobody who signed it off lives here.",
        "negative",
    ),
    (
        "Massive thank you to whoever handed in my wallet at the Kingsgate library yesterday. Cash, cards, everything still there, and my late dad's photo in the back. You didn't leave a name. If you read this, you've restored a lot of my faith in this town.",
        "positive",
    ),
    (
        "New bakery opened on Harrow Street where the old phone shop was. Tried the cardamom buns this morning. Go. Go now. Before the queue finds out.",
        "positive",
    ),
    ("What time does the recycling centre on Dock Lane open on Sundays?", "neutral"),
    ("9 to 4 on Sundays, but the gate shuts at 3:45 and they're strict about it.", "neutral"),
    (
        "Went to the farmers' market this weekend and half the stalls were replaced by a vape shop popup, a phone case stall and someone selling 'artisan' candles that were clearly the same ones from the big supermarket with new labels. It used to be lovely. Local veg, the cheese lady, the guy with the honey. Now it's a car boot sale with better lighting.",
        "negative",
    ),
    ("Does anyone know what's being built on the old gasworks site? Big fences went up last week.", "neutral"),
    (
        "Planning documents say it's a mixed development, 200 homes and some retail units on the ground floor, construction due to run through 2027.",
        "neutral",
    ),
    (
        "Spent the afternoon in Willow Gardens for the first time in years. They've restored the bandstand, the roses are out, and there was a brass band playing to about thirty people on deckchairs. Someone had brought a flask of tea and was offering it to strangers. I forget sometimes that this city has moments like this.",
        "positive",
    ),
    (
        "The council spent £180,000 on a 'rebrand' for the town. New logo is the old logo but teal. Meanwhile the pothole at the bottom of Station Hill has now had a traffic cone in it so long someone's put a tiny Christmas hat on it. It's been there since October.",
        "negative",
    ),
    (
        "Lived here 30 years and the high street has never felt so empty. Not angry, just sad. The toy shop where my kids got their birthday presents is a betting shop now. The cafe my mum used to take me to on Saturdays is boarded up. I know things change. I just miss it.",
        "negative",
    ),
    ("Fireworks over the river for new year's this year or did they cancel them again?", "neutral"),
    ("Any recommendations for a decent Thai place in the Northgate area?", "neutral"),
    (
        "Baan Saeng on Corn Street. Tiny, family run, the grandmother cooks. Their green curry made me cancel my plans to cook at home for about a month straight. Book ahead on Fridays.",
        "positive",
    ),
    # --- sports fans ---
    (
        "Post-match thread: Harlow Town 0 - 3 Pennick Rovers\nI don't even know where to start. Three goals conceded from set pieces. Three. We spent the entire summer being told the new coach was a 'defensive specialist' and we can't mark a man standing still at the near post. The midfield was nowhere, our captain spent the second half waving his arms at the ref instead of running, and the subs came on in the 85th minute like anyone was going to turn that around. I've had a season ticket for nineteen years and I left at 70 minutes for the first time ever. Sat in the car listening to the phone-in and it was somehow worse. Not renewing until something changes at board level.",
        "negative",
    ),
    (
        "Honestly, I know we lost, but I came away from that game proud of this squad. We're bottom half on budget and we went toe to toe with a side that spent four times what we did. Okafor at right back was immense, he didn't lose a single duel all afternoon, and the kid from the academy looked like he'd been playing at this level for years. The result stings. But if we play like that every week we stay up comfortably, and for the first time in three seasons I'm actually looking forward to the next match rather than dreading it.",
        "positive",
    ),
    ("Does anyone know if away tickets for the cup tie are going on general sale or members only?", "neutral"),
    ("Members only for the first 48 hours, then general sale if any are left. Club site has the dates.", "neutral"),
    (
        "Watching my team these days feels like being in a relationship where the other person keeps promising to change. Every summer: new manager, new signings, 'this is the year'. By November we're fourteenth and the manager's 'under pressure'. By March there's a new one. I'm 44 and I've been doing this since I was six. I don't know why I still do it. Yes I do. It's because of my grandad. That's the only reason left, honestly, and some weeks it isn't enough.",
        "negative",
    ),
    (
        "Took my son to his first ever live match on Saturday\nHe's 8. He wore the scarf my dad gave me when I was 8. We were 1-0 down at half time and he kept asking if we were going to lose and I said 'probably, that's what being a fan is'. Then we scored twice in the last ten minutes, the whole stand went mad, and he was hugging a complete stranger in a flat cap who was crying. On the train home he fell asleep with the scarf over his face. That's it. That's the post. Best day I've had in a long time.",
        "positive",
    ),
    ("Cricket question: why do they sometimes take the new ball at 80 overs and sometimes wait?", "neutral"),
    (
        "The fielding captain has the option, not an obligation. If spinners are bowling well on a turning pitch, or the old ball is reversing nicely, they may wait, since a new hard ball might actually suit the batters more. It's a tactical call.",
        "neutral",
    ),
    (
        "Referees in this league are getting worse every season and I'm not even saying that as a bitter fan this time. Watch the stats: handball calls, stoppage time, the whole lot is inconsistent week to week. Half the time the VAR check takes four minutes and they still get it wrong. I used to love the talking points. Now I just sit there waiting for someone in a van to ruin the afternoon.",
        "negative",
    ),
    (
        "Whoever runs our club's women's team social accounts deserves a raise. The behind-the-scenes videos are genuinely funny, the match updates are quick and clear, and they reply to fans like actual people. The men's team account posts a sponsor logo and a stock photo of a boot. The difference is night and day.",
        "positive",
    ),
    (
        "Rugby fans, is it worth getting the satellite package just for the autumn internationals, or will they be on free TV?",
        "neutral",
    ),
    (
        "Our local amateur side just won the county league for the first time in 57 years. A bunch of plumbers, a teacher, two students and a vicar in goal. I've watched them every Sunday for a decade in the rain with about 40 other people and a dog. I've never seen grown men cry like that over a trophy that looks like it was bought at a garden centre. Beautiful stuff.",
        "positive",
    ),
    (
        "£85 for a replica shirt that's basically the same as last year's but with the sponsor moved three inches to the left. And they'll do it again next August. Every year I say I won't buy it. Every year my kid looks at me with those eyes.",
        "negative",
    ),
    (
        "Great thread. Agree with every word about the midfield. The 4-3-3 only works if your number 6 can actually receive under pressure, and ours hides behind the opposition striker all game.",
        "positive",
    ),
    (
        "Not to be that guy, but the stats don't really support the 'he never tracks back' thing. He's actually top three in the squad for ball recoveries in the defensive third. He just doesn't do it in a way that looks dramatic on TV.",
        "neutral",
    ),
    # --- developer help boards ---
    (
        "Bot keeps getting 429 Too Many Requests even though I'm way under the documented limit\nI'm writing a small bot in Python that posts a daily summary to a channel. The docs say 50 requests per second per token. I'm sending maybe 5 per minute. Still getting 429s with a retry_after of 1.2 seconds, roughly every tenth call. I'm using the requests library with a single Session object. Is there some hidden per-route limit I'm missing, or a global one? Code below, token redacted.",
        "neutral",
    ),
    (
        "A lot of APIs have per-route (bucket) limits that are much tighter than the global one, especially for endpoints that create or edit messages. Check the rate limit headers on every response, something like X-RateLimit-Remaining and X-RateLimit-Bucket, and respect retry_after rather than using a fixed sleep. Also make sure you're not accidentally retrying on a 5xx in a tight loop somewhere, that can burn a bucket fast.",
        "neutral",
    ),
    (
        "That was it — I had a retry decorator that was retrying on every exception including 429s, with no backoff. So one 429 became five. Fixed it and it's been clean for two days. Thank you, I'd been staring at this for a week.",
        "positive",
    ),
    (
        "I'm sorry but whoever designed this API's pagination should be made to use it for a month. Sometimes it's cursor based, sometimes it's offset, sometimes the 'next' link is in the body and sometimes it's in a header, depending on which endpoint you hit. The docs for the search endpoint say it returns 100 results per page. It returns 20. There's an open issue about it from two years ago with 300 thumbs up and zero replies from the maintainers.",
        "negative",
    ),
    ("How do I stop my scraper from getting blocked? I'm only pulling public pages.", "neutral"),
    (
        "Start by checking the site's robots.txt and terms, plenty of sites offer an API that's much more reliable than scraping. If scraping is allowed: set a clear User-Agent that identifies you, add delays between requests, cache what you've already fetched, and don't hit the same page repeatedly. Being polite is usually what keeps you from being blocked.",
        "neutral",
    ),
    (
        "Got a 401 Unauthorized on every call after rotating my API key. New key is definitely active in the dashboard. Any idea what I'm missing?",
        "neutral",
    ),
    (
        "Check whether the key is cached anywhere, e.g. an environment variable set in a shell that's still open, or a .env loaded once at startup. Also some providers take a few minutes to propagate a new key. And double-check it's the right header: some want 'Authorization: Bearer', others a custom 'X-Api-Key'.",
        "neutral",
    ),
    (
        "Massive thanks to whoever maintains the 'pollen-client' library. I filed a bug on Friday evening about timeouts not being honoured on retries, and by Sunday morning there was a fix, a test, and a polite note thanking me for the clear reproduction. Free software, maintained by someone in their spare time, and better support than the paid SDK we use at work.",
        "positive",
    ),
    (
        "Deprecating the v1 endpoints with 30 days notice, in the middle of December, with an email that went to a 'developers' address nobody's checked since 2019. Excellent stuff. Really feels like the platform values the people building on it. My bot's been broken since Tuesday and I found out because a user messaged me asking if I'd quit.",
        "negative",
    ),
    ("Webhook receiver returning 200 but the platform keeps retrying the same event. Why?", "neutral"),
    (
        "Usually it's a timeout: the platform expects a response within a few seconds, and if you do the heavy processing before returning, it gives up waiting and retries even though you eventually return 200. Acknowledge immediately, push the payload onto a queue, process asynchronously. Also make your handler idempotent using the event ID, because retries will happen regardless.",
        "neutral",
    ),
    (
        "Spent four hours debugging why my chat bot kept crashing on startup. It was a trailing space in the token. Four hours. A space. I'm going to go lie down.",
        "negative",
    ),
    ("Is there a way to test rate-limit handling locally without hammering the real API?", "neutral"),
    (
        "Write a tiny mock server (Flask or similar is fine) that returns 429 with a Retry-After header every N requests. Point your client at it with an env var. It's 30 lines and it'll catch most backoff bugs before they hit production.",
        "neutral",
    ),
    (
        "Every answer on here to a beginner question seems to be 'read the docs' followed by a downvote. I did read the docs. The docs are a single auto-generated page listing function names with no examples. That's why I'm asking. If you don't want to help, scroll past, it costs you nothing.",
        "negative",
    ),
    (
        "Just wanted to say this board has been the nicest corner of the internet for me this year. I went from not knowing what JSON was in January to having a working bot that tracks my allotment's rainfall and posts it to my family group chat. Every dumb question I asked got a patient answer. You're all great.",
        "positive",
    ),
    # --- long posts, mixed boards ---
    (
        "I think I'm done with the 'open plan office' experiment my company's been running\nSo we moved floors in January and the 'collaborative space' was sold to us as this big upgrade. Reality: 140 people in one room, no assigned desks, you book a seat on an app that crashes every Monday morning, and by 9:15 every spot near a window is gone. I spend most of my day with noise-cancelling headphones on, which rather defeats the collaboration part. The 'focus pods' are two phone-booth-sized boxes that are permanently occupied by the same two guys doing sales calls. My output has dropped, I've had more headaches in three months than in the previous three years, and when we raised it in the staff survey the answer was a lunch-and-learn about 'adapting to new ways of working'. Adapting. Right.",
        "negative",
    ),
    (
        "A year ago I posted here asking whether it was too late to learn an instrument at 60. A lot of you said no and told me to just start. So I bought a second-hand cello from a lady in Pellham whose daughter had moved out, found a teacher who is about thirty years younger than me and endlessly patient, and practised twenty minutes most evenings. Last night I played in a little amateur concert at the church hall. Only the back row of a simple piece, and I came in a beat late once. My wife sat in the front row with her phone out the whole time. I just wanted to come back and say thank you to whoever told me to stop thinking about it and do it.",
        "positive",
    ),
    (
        "Every 'what should I name my dog' thread now is just forty people commenting the same three jokes. I get it, Sir Barksalot is funny the first time. I came here wanting some actual ideas for a scruffy rescue terrier with one ear that flops, and what I got was a thousand upvotes on a pun about a celebrity I've never heard of. I miss when the comments here were people actually talking to each other instead of farming a laugh. Named him Pickle in the end. Came up with it myself, no thanks to any of you.",
        "negative",
    ),
    (
        "My mum is 79 and just learned to video call on her own\nIt's taken two years. Two years of me driving over and explaining the green button, writing instructions on index cards, her saying 'I'll never get the hang of it', her getting flustered and hanging up on me mid-sentence. Tonight my phone rang and it was her. Video on, face filling the whole screen, shouting 'CAN YOU SEE ME' at a volume that could be heard in the next county. She wanted to show me her tomato plants. We talked for forty minutes. She's already planning to call my brother in Canada tomorrow. I'm honestly so proud of her.",
        "positive",
    ),
    (
        "Can someone explain why hotel 'resort fees' are allowed? I booked a room at £92 a night, clearly advertised. At checkout they added £28 a night for 'resort amenities', which turned out to be a pool that was closed for maintenance and wifi that dropped every twenty minutes. When I questioned it, the receptionist said it was in the terms, and it was, in grey text under a dropdown that I'd have had to click to see. It's not a fee, it's just the price, hidden so the headline looks smaller. Every single one of these places does it and I'm fed up pretending it's normal.",
        "negative",
    ),
    (
        "Update on the community garden I posted about in spring. For those who missed it: a patch of wasteland behind the flats on Orchard Row, covered in fly-tipping and broken glass. Twelve of us started clearing it in April. As of this weekend we've got eight raised beds, a herb spiral, a bench donated by the hardware shop, and a rota that somehow actually works. Mrs. Adeyemi from number 14, who had never spoken to anyone in the building in six years, now runs the watering schedule like a military operation and brings homemade plantain chips every Saturday. Kids from the block are growing sunflowers. I don't want to be soppy about it but it's the best thing that's happened round here in a long time.",
        "positive",
    ),
    (
        "Why does every customer service chat now start with a bot that can't understand anything? I needed to change the delivery address on an order. Simple. The bot asked me to choose from five options, none of which was 'change address'. I typed 'speak to a human'. It said 'I understand you want to track your order!' I typed 'agent' four times. It gave me a link to the FAQ. Forty minutes later I finally reached a person who fixed it in thirty seconds. The whole thing is designed to make you give up, and I nearly did. I'm sure it saves someone money. It costs everyone else their evening.",
        "negative",
    ),
    (
        "Long post, sorry. I've been lurking on this board for about two years while dealing with my anxiety, and I wanted to write something for anyone who's where I was. In 2022 I couldn't go to the supermarket without planning an escape route. I stopped answering my phone. I left a job I liked because the commute had a tunnel in it. What helped, in no particular order: a GP who actually listened, a six-month wait for therapy that was worth every day of it, walking the same loop every morning even when I didn't want to, and telling two friends the truth instead of making excuses. Yesterday I took a train to the coast on my own, ate chips on the seafront, and came home. It wasn't dramatic. That's the point. It was just a nice day.",
        "positive",
    ),
    (
        "I've been a member of this hobby club for eleven years and I think I'm quitting. The new committee has turned every monthly meeting into a two-hour admin session about insurance, constitution amendments and who's allowed to use the kettle. Nobody actually does the hobby anymore. The summer show was cancelled because nobody could agree on the layout of the tables. Three of the longest-standing members have already left quietly. When I raised it, I was told I was 'welcome to stand for election', which is the classic answer when someone doesn't want to hear it. I'm tired. I'll do my model railways in my own shed from now on.",
        "negative",
    ),
    (
        "Teaching assistant here. Today a little boy in year 2 who hasn't said more than two words at school since September walked up to me at break, tugged my sleeve, and told me a very long and complicated story about his cat, a sock, and a pigeon. It went on for about four minutes. I don't think I followed all of it. I didn't care. I went to the staff room afterwards and had to pretend I had something in my eye. Days like today are why I put up with the pay.",
        "positive",
    ),
    (
        "Bought a 'smart' washing machine because the old one died and this was the only one in stock. It wants an account. It wants my email. It wants to connect to the wifi to 'unlock' the quick wash programme. Why does a quick wash need a server? What happens in five years when the company decides to stop supporting the app, do I lose the ability to do quick washes? I've used it for three weeks and the only thing it's made smarter is my ability to swear in front of laundry.",
        "negative",
    ),
    (
        "Update to my post about the stray cat who kept turning up at our back door. We finally managed to get her to the vet in a borrowed carrier (took four days and half a tin of tuna). No microchip, about three years old, and, surprise, she's pregnant. The vet was lovely and talked us through everything. Five kittens arrived last night in the cardboard box in our utility room. Mum's doing well and so are the babies. All five already have homes lined up with friends and family once they're old enough. My partner, who swore blind he was 'not a cat person', is currently sitting on the floor next to the box and refusing to come to bed.",
        "positive",
    ),
    (
        "Okay I need to vent about my in-laws' group chat. There are 23 people in it. Every morning at 6:30 my father-in-law sends a 'good morning' image of a sunrise with a bible verse or a motivational quote, and 22 people reply 'good morning' one by one, each with a different emoji. If you don't reply, someone asks your partner if you're okay. I have muted it. My wife says muting it is 'sending a message'. I'm 37 years old and my phone buzzes more before breakfast than it does for the rest of the day combined. I love them, I really do, but I'm losing my mind.",
        "negative",
    ),
    (
        "Just a wholesome one: my 84-year-old neighbour has been teaching me to make pierogi every Sunday for the last two months. She doesn't measure anything. 'A bit of flour, until it feels right.' The first few batches I made fell apart in the water and she laughed so hard she had to sit down. Today she tried one of mine, went quiet, and said 'Now your hands know.' I don't think I've ever been paid a better compliment. I'm going to make a big batch for her granddaughter's visit next weekend.",
        "positive",
    ),
    (
        "Is anyone else completely burned out on 'content'? I used to come to this site because people posted things they found interesting. Now half the front page is reposts from last year, or someone's 'I made this' that's obviously an ad, or an 'AITA' story that reads like it was written by a screenwriter who's never met a human. The comment sections are the same dozen jokes. I still come here out of habit but I close the app feeling worse than when I opened it. Maybe that's a me problem. It doesn't feel like it, though.",
        "negative",
    ),
    (
        "I wasn't going to post this but I'm still buzzing. I've been trying to get a job in conservation for four years. Volunteering on weekends, two short contracts, more rejections than I can count, one interview where the panel forgot I was coming. Today I got the call: permanent ranger post at a reserve in the hills, starting in March. I'll be looking after wetlands, running school visits, counting newts. The salary is modest and I couldn't care less. I rang my dad and he didn't say anything for about five seconds and then said 'about bloody time'. Thanks to everyone on the careers board who looked over my applications last year.",
        "positive",
    ),
    (
        "Ten days into my new job and I already know it's a mistake. The role they described in the interview, building out a new analytics process, doesn't exist. What exists is copying numbers from one spreadsheet into another spreadsheet every morning because 'the old system doesn't export'. My manager has cancelled all three of our one-to-ones. The person I replaced left a handover note that just says 'good luck'. I left a perfectly decent job for this and a 10% raise. I'm trying to give it a fair go but every day I'm a little more sure the only thing I'll be building here is a CV gap.",
        "negative",
    ),
    (
        "Went back to my old university for the first time in 20 years for a reunion thing. Expected to feel old and out of place. Instead, my old tutor, now very grey and still wearing the same corduroy jacket, I swear, recognised me across the courtyard and remembered the title of my dissertation. We had a coffee and he told me my essay on medieval trade routes was one of the ones he still mentions to his students. I had no idea. I was a mediocre student with a part-time job and a hangover most Thursdays. Drove home in a very good mood.",
        "positive",
    ),
    (
        "> Just use the official app, it's much better now\n\nI did. I used it for a month. It logged me out every time I switched to another app, it defaulted back to 'best' sorting every single time I opened a thread, and the video player auto-plays with sound in a way that's impossible to turn off because the setting doesn't save. The old third-party one I used did all of this properly in 2016, made by one guy in his spare time. 'Much better now' is carrying an awful lot of weight in your comment.",
        "negative",
    ),
    (
        "Had my first solo camping trip this weekend. Pitched the tent on a hill above a little lake in the Carrow valley, cooked noodles on a tiny stove, and watched the stars come out one by one until the whole sky was full. No phone signal. Heard an owl somewhere in the woods around midnight. Woke up at 5 because the sun came through the tent and I sat in the doorway with a coffee watching mist roll off the water. I've been stressed for months and for two days my brain was just quiet. Already planning the next one.",
        "positive",
    ),
    (
        "So my landlord has 'generously' offered to renew our lease at only a 19% increase, framing it as a favour because 'the market rate is higher'. In the same email he mentioned that the broken extractor fan we reported in April will be looked at 'in due course'. Due course has now lasted seven months. The bathroom ceiling has a patch of black mould the size of a dinner plate. But sure, let's talk about how lucky we are to pay an extra £210 a month for the privilege.",
        "negative",
    ),
    (
        "Something small that made me happy today: I went to return a jumper at a department store and the woman at the till asked if it was a gift. I said yes, from my gran, and it didn't fit. She said 'oh that's a shame, she's got good taste though' and then spent ten minutes helping me find the same one in the right size so I could still have the one my gran chose. She didn't have to. She was clearly busy. I left feeling like the world was a bit softer than it was when I walked in.",
        "positive",
    ),
    (
        "Genuine question, not trying to start a fight: why do so many people in this hobby insist the old way is the only way? I've been doing woodworking for about three years, mostly with power tools because I have a bad wrist and limited time. Every time I post a project here, at least one comment tells me it 'doesn't count' because I used a router instead of hand planes. I'm not entering a competition. I'm making a bookshelf for my daughter. The gatekeeping is exhausting and it's pushing new people away, which is the last thing a hobby full of people in their sixties should be doing.",
        "negative",
    ),
    (
        "Three years ago I was a new grad who couldn't get a single interview in software. I posted here asking for CV feedback and a stranger with the username old_kestrel spent an evening going through it line by line in the comments, then DMed me a list of small projects to build. I built four of them. I got a junior job eight months later. Last week I was promoted to senior and the first thing I did was go looking for that thread. Their account is gone now. If you ever see this, old_kestrel: I do the same for others now. Thank you.",
        "positive",
    ),
    (
        "Weird thing about getting older: I finally have the money to buy the toys I wanted as a kid, and I don't want them anymore. Went into a shop today and the exact robot I begged for in 1996 was on a shelf, reissued, perfect box. I stood there for ages. Picked it up. Put it down. It's not that I'm sad about it exactly. I think I just wanted it to feel like something, and it didn't. Bought a coffee instead and walked home.",
        "neutral",
    ),
    (
        "Can we retire the phrase 'it is what it is'? My manager says it every time something goes wrong that is entirely within his power to fix. Understaffed rota? It is what it is. Broken freezer that's been leaking for six weeks? It is what it is. Promised overtime pay that never showed up on the payslip? You guessed it. It is not what it is, Darren. It's what you've let it be.",
        "negative",
    ),
    (
        "PSA for anyone with a cheap inkjet printer: the refill cartridges that say they're 'not compatible' usually work fine after a firmware downgrade, but that's not what I'm here for. I'm here to say that after fifteen years of fighting inkjets, I bought a basic mono laser printer for about the price of two colour cartridge sets. It has printed 1,400 pages on the toner it came with. It has never once told me a cartridge was 'unrecognised'. It just prints. I did not know a printer could bring me peace. It has.",
        "positive",
    ),
    (
        "Why does every company I interview with want a 'culture fit' round now? Had one yesterday. No technical questions, no role questions, just forty-five minutes of 'what's your favourite team building activity' and 'tell me about a time you had fun at work'. I gave honest answers. Got rejected this morning for 'not aligning with our values'. The values on their website are 'Be bold', 'Be kind' and 'Be you'. Apparently me being me wasn't bold enough. I'm starting to think 'culture fit' just means 'did we want to get a pint with you'.",
        "negative",
    ),
    (
        "My grandfather fixed watches for fifty years in a tiny shop in Hollin Street. When he retired, the shop became a phone repair place, which honestly felt fitting. This week, going through his things, I found a notebook where he'd logged every repair with the customer's first name, the fault, and a little note. 'Agnes, broken mainspring, wedding watch, 1957.' 'Tom, cracked glass, he dropped it at his father's funeral.' Hundreds of entries. I've been reading a few every night. It's the kindest record of a town I've ever seen, and I had no idea he'd kept it.",
        "positive",
    ),
    (
        "Things the 'new and improved' supermarket self checkout has added this year: a camera that shows your face on a screen while you scan, a 'did you mean to bag that?' voice that triggers if you breathe near the bagging area, and a mandatory staff check for any item over £5. Things it has removed: three of the staffed tills. I went in for milk and a loaf and spent twelve minutes waiting for the one assistant who was covering eighteen machines. Progress is great.",
        "negative",
    ),
    (
        "Long time lurker on the running board. I want to push back a little on the idea that you need to do a marathon to 'count' as a runner. I've been running 5k three times a week for seven years. I've never raced. I have no interest in going further. It keeps my head straight, it gets me out at dawn, and I've seen more sunrises in those years than in the rest of my life combined. Nobody needs to justify their distance. If you run, you're a runner. I love this sport exactly the size I do it at.",
        "positive",
    ),
    (
        "Let me tell you about the 'quick chat' my manager scheduled for 4:45 on a Friday. It was not quick, and it was not a chat. Forty minutes, with HR dialled in, about my 'tone' in a message where I said, and I quote, 'That deadline won't work, can we move it to Thursday?' Apparently that was 'confrontational'. Meanwhile the deadline has now moved to Thursday because, surprise, it didn't work. I've been there five years and never had a single complaint. I'm updating my CV this weekend.",
        "negative",
    ),
    (
        "Small milestone but it matters to me: I've now volunteered at the food bank every Tuesday for a full year. I started because I was lonely after moving here and it seemed like a way to meet people. It turned into the best part of my week. The regulars know my name. Jim, who's 80 and runs the tins section like a general, has started saving me the good biscuits from the staff tin. Some weeks the work is sad, I'm not going to pretend otherwise. But mostly it's people being decent to each other in a draughty church hall, and I'm grateful to be part of it.",
        "positive",
    ),
    (
        "I know this board is for photography questions but I need to say something about the competition results this month. The winner was clearly edited to the point of being a composite. Sky from one photo, foreground from another, a moon that's about four times the size it would actually appear. The rules say 'minor adjustments only'. I'm not bitter about not placing, my entry wasn't good enough. I'm bitter because three people who followed the rules and took genuinely beautiful, honest photos got beaten by a collage.",
        "negative",
    ),
    (
        "Started a little book swap box outside my house in the spring: a repurposed kitchen cabinet on a post, a hinge and a bit of perspex. I put in about twenty of my own books to get it going. Six months on, it's never been empty. Someone leaves a note in it most weeks. 'Loved this, put in two more.' 'Thank you, my son read his first chapter book from here.' Last week someone left a tiny hand-knitted bookmark tied to the door. I don't know most of the people using it and I've never felt more connected to my street.",
        "positive",
    ),
    (
        "Every conversation about house prices in this country ends the same way. Someone in their sixties says 'we struggled too, we had 15% interest rates!' and completely ignores that their house cost three times their salary and mine costs eleven times mine. I'm 34, I earn well above average, I've saved for nine years, and the deposit I've saved is still about 60% of what I need. I don't want sympathy, I'd just like the people who benefited from the last thirty years to stop acting like we're lazy for not managing what they did with a fraction of the difficulty.",
        "negative",
    ),
    (
        "Not sure where else to post this. My younger brother has struggled with addiction since he was 19. He's 31 now. Today he sent me a photo of his one-year chip, with no message, just the photo. I called him straight away and we talked for an hour about completely normal things: football, his new job at the garden centre, whether he should get a dog. Normal things. I've waited twelve years for a normal conversation with him. I know it's day by day. Today was a good day.",
        "positive",
    ),
    (
        "> This is why you always get a survey before buying\n\nWe did get a survey. We paid £700 for a 'full structural survey' and the guy apparently spent eleven minutes in the house, according to our neighbour who watched him arrive and leave. The report was forty pages of boilerplate and missed the fact that the back wall was bowing out by about two inches. So no, 'get a survey' isn't the magic answer people think it is. Sometimes you pay for a professional and get a tourist with a clipboard.",
        "negative",
    ),
    (
        "I know we moan a lot on this board about the trains so I want to balance it out. On Wednesday my train broke down outside Kestle Junction. Two hours stuck. The guard, whose name was Priya, walked through every carriage every fifteen minutes with updates, actual updates, not the usual 'we're being held at a red signal'. She found a woman a seat who was feeling faint, organised the buffet to hand out free water, and made an announcement at one point apologising so sincerely that half the carriage applauded. It was a rubbish evening made much better by one person doing her job brilliantly.",
        "positive",
    ),
    (
        "Fair warning for anyone thinking about the 'premium' tier of the meal kit service that's been advertising everywhere: the premium meals are the standard meals with a sprig of herbs on top. I compared two side by side for three weeks. Same chicken, same sauce, same rice, one with a bit of coriander. The price difference is £3.50 a portion. When I raised it with support they said the premium range 'offers a more elevated experience'. Cancelled. The coriander wasn't even fresh.",
        "negative",
    ),
    (
        "Our dog Bramble turned 15 today. She's deaf, mostly blind, sleeps about 20 hours a day, and still insists on 'guarding' the front door by lying across it and snoring. The vet says her heart's a bit tired but she's not in pain. We did a little party: plain chicken, a squeaky toy she ignored, and the whole family sitting on the kitchen floor with her. She thumped her tail three times. I know we don't have long left, but today felt like a gift.",
        "positive",
    ),
    (
        "ok so i finally tried that ramen place everyone on the city board keeps hyping, Noodle Lantern on 5th. waited 55 min in line in the cold. broth was lukewarm, noodles were kinda soggy, and the 'signature egg' was just... an egg. like a normal boiled egg cut in half. $19 before tip. the staff were nice to be fair and the place is cute but i genuinely dont get it. maybe i went on an off night? idk. not going back to find out tho",
        "negative",
    ),
    (
        "ngl this sub convinced me to try bouldering and i'm obsessed now 😭 went for the first time three weeks ago, couldnt get past the easiest grade, forearms were dead for two days. been going twice a week since and last night i sent my first V3!! the guy next to me who's like 60 and climbs like a spider gave me a fist bump. my hands look like i fought a cheese grater and i dont care at all",
        "positive",
    ),
    (
        "Edit: solved, see bottom.\n\nMy Python bot that checks a public weather API every 10 minutes randomly dies after about 6 hours with 'ConnectionResetError: [Errno 104] Connection reset by peer'. No traceback beyond that. Running on a small Linux VPS with systemd. I'm not doing anything clever, just requests.get in a while loop with time.sleep(600). Is the server killing idle connections, or am I missing a try/except somewhere?\n\nEdit 2: wrapped the call in a try/except with a retry and exponential backoff, plus set Restart=on-failure in the systemd unit. Running 4 days clean now.",
        "neutral",
    ),
    (
        "Rant incoming. I've been using the 'Tessel' task app for six years. Paid for lifetime pro in 2019. Yesterday they emailed all lifetime users to say lifetime is being 'retired' and we'll need to move to a monthly plan to keep features we already paid for, but don't worry, we get 20% off for the first year! Twenty percent off something I already bought. The email was signed 'with gratitude'. Exporting everything tonight and moving to a plain text file, which, honestly, I should've done years ago.",
        "negative",
    ),
    (
        "Not a question, just appreciation: this board's pinned guide on sourdough troubleshooting is the best thing I've read on the subject, and I've read several books. The photos of crumb structure at different proof times finally made it click for me that I was massively underproofing. Whoever put that together, it's clearly hours of work and it shows. My last three loaves have been the best I've ever made and my family have stopped politely describing them as 'rustic'.",
        "positive",
    ),
    (
        "As a landlord (one flat, inherited from my mum, before anyone starts) I find the threads on here pretty one-sided. Yes there are awful landlords. But in the last two years I've had a tenant stop paying for five months, leave the place with holes in three walls, and disappear. The court process took eleven months. I'm not asking for sympathy. I just think the conversation would be more useful if it accepted that both sides can get burned, and that the system is slow and expensive for pretty much everyone who has to use it.",
        "negative",
    ),
    (
        "My 9-year-old daughter has been trying to learn to ride a bike for about two years. She'd get frustrated, fall off, refuse to try again for months. This weekend we went to the empty car park behind the leisure centre, I took the pedals off so it was basically a balance bike, and after about an hour she was gliding. Put the pedals back on and she did a full lap on her own, shouting 'DON'T LET GO' while I was already twenty metres behind her. I cheered so loudly a man walking his dog stopped to clap.",
        "positive",
    ),
    (
        "Anyone else think the new points-based loyalty scheme at Grovers is a downgrade disguised as an upgrade? Under the old one you got 1p back per pound, simple. Under the new one you get 'up to 5 points per pound' on 'selected items', and a point is worth 0.1p, and the selected items change weekly and are mostly things nobody buys. I did the maths for my last three shops: I'd have earned about a third of what I used to. But the app has confetti animations now so I'm sure that makes up for it.",
        "negative",
    ),
    (
        "Big thank you to this board for talking me into getting a proper fitting for running shoes instead of buying whatever was on sale. The shop in Trentham filmed me on a treadmill, pointed out I overpronate a lot on my left foot, and recommended a pair that cost about £30 more than I'd planned to spend. I've had shin splints on and off for three years. Six weeks in the new shoes and I haven't had a single twinge. I genuinely wish I'd done this years ago.",
        "positive",
    ),
    (
        "Question about the 'Wyvern Tactics' ranked season reset: does your hidden MMR reset too, or just the visible rank? I placed way higher than I expected this season after a terrible one last time, and friends are saying the visible rank is just cosmetic and the placement is based on hidden MMR carried over. But others say it's a full reset. Would be good to know before I grind the next twenty games, because if it's hidden MMR that matters I'd rather not tank it playing while tired.",
        "neutral",
    ),
    (
        "Can I just say that 'we're making the game free to play' is the scariest sentence a developer can say about a game I already bought. It's never 'and now it's better'. It's always 'and now there's a shop, and the grind's been tuned so you need the shop, and your old purchase gets you a commemorative badge'. I've seen it happen to three games I loved. Watching it happen to 'Driftline' now and the patch notes are following the script word for word.",
        "negative",
    ),
    (
        "I was a very, very reluctant dog owner. My partner wanted one, I said fine, as long as I never have to walk it. That was two years ago. This morning it was raining sideways, my partner was ill in bed, and I went out at 6am in a waterproof with a torch strapped to my head because Moss needed a walk, and I was... happy? We did the long loop through the woods. He found a stick the size of a small tree and carried it the whole way home like he'd won a medal. I'm a dog person now. Don't tell my partner, she'll be insufferable.",
        "positive",
    ),
    (
        "> Have you tried turning it off and on again?\n\nYes. Four times. I've also cleared the cache, reinstalled the driver, rolled back the update, run the built-in troubleshooter (which troubleshot nothing), and read forty forum threads that all end with 'nevermind, fixed it' and no explanation. I appreciate the help but after six hours I'm about ready to put this laptop in the recycling and buy a typewriter.",
        "negative",
    ),
    (
        "Cycling club update: we started a 'no drop' Saturday ride eight months ago for people who'd never ridden in a group. It began with four of us. Last Saturday we had 31 riders, ages 17 to 74, and we finished the whole 50km loop together, stopping at the cafe in Lower Dunham for cake as tradition now demands. A woman who could barely clip in back in March rode at the front for the last ten kilometres. I'm not the sentimental type but standing in the cafe car park with everyone laughing and comparing mud splatters, I was pretty moved.",
        "positive",
    ),
    (
        "I don't want to be the fun police, but the 'secret santa' at work this year has a minimum spend of £30. Minimum. Some of us are on £11 an hour. When I raised it quietly with the organiser she said 'oh it's optional!' in a way that made it very clear it isn't optional if you want anyone to speak to you in January. I'll do it, and I'll smile, and I'll eat beans for a week. Merry Christmas.",
        "negative",
    ),
    (
        "Quick factual correction to the top comment: the boiler doesn't need to be serviced every six months, the manufacturer's recommendation for most gas boilers is once a year, and that's usually required to keep the warranty valid. Six months won't hurt anything, it's just not necessary for a typical household. Also, a carbon monoxide alarm is a good idea regardless of how often it's serviced.",
        "neutral",
    ),
    (
        "My girlfriend surprised me with tickets to see the orchestra play the soundtrack from the game I've been obsessed with since I was 14. I didn't even know it was touring. We sat in the third row. When they played the theme from the final area, the one I used to listen to on repeat while doing homework, I completely lost it. Full tears, in public. She just held my hand and didn't say anything. Best birthday present I've ever had and I'm marrying this woman.",
        "positive",
    ),
    (
        "Has anyone actually had a good experience with a letting agent? Genuinely asking because in ten years of renting I've had four and every single one has been the same story. Repairs take months, deposits get nibbled, 'inspections' are a stranger wandering through your bedroom with no notice. The latest one charged us a £90 'admin fee' to renew a contract they emailed us as a PDF. I'd love to hear there's a decent one out there. I'm not holding my breath.",
        "negative",
    ),
    (
        "Two years ago my doctor told me my cholesterol was 'worrying' and I needed to change things. I hated cooking, lived on ready meals, and thought salad was a punishment. I started slowly: one home-cooked dinner a week, then two. I learned five recipes I actually liked. I started walking to work. Today I got my blood results back and my numbers are fully in the healthy range for the first time in a decade. The nurse actually said 'well done' and I felt about twelve years old and thrilled. I didn't think I could do it.",
        "positive",
    ),
    (
        "So apparently the 'unlimited' data on my phone plan is unlimited until you use 40GB, after which it's slowed to a speed that can't load a webpage with images. That's in the small print. 'Unlimited*'. When I complained, the advisor said 'but it's still unlimited, it's just slower'. By that logic a bucket with a hole in it is an unlimited bucket. Switching at the end of the contract, which, of course, is in 19 months.",
        "negative",
    ),
    (
        "For anyone interested in the history: the old mill on the river at Thornbury was built in 1789, converted to a textile factory in 1840, and closed in 1971. It's been derelict since. The heritage group did a walk there on Saturday. They showed us the water wheel pit, the old workers' cottages, and a stone with initials carved into it by an apprentice in 1852. There's a plan to turn part of it into a museum if they can get funding. Next walk is in April if anyone wants to come.",
        "neutral",
    ),
    (
        "I used to think people who cried at weddings were being dramatic. Then my little sister got married yesterday and our dad, who has Parkinson's and hasn't walked without a frame in two years, walked her down the aisle on his own. Slowly, very slowly, with her holding his arm. The whole room was silent. Nobody rushed him. When they got to the front he kissed her on the cheek and sat down and the entire congregation stood up and clapped. I'm not dramatic. I cried for about twenty minutes straight.",
        "positive",
    ),
    (
        "The new 'community guidelines' on this site have made discussion worse, not better. I got a three-day ban for saying a bad film was 'lazy and insulting to the audience', which was apparently 'uncivil'. Meanwhile the actual abuse threads full of slurs stay up for days because nobody reports them. The auto-moderator clearly just searches for certain words. I've been here eleven years and I'm seriously thinking about deleting my account. There's not much conversation left to protect.",
        "negative",
    ),
    (
        "Is it just me or has every hobby turned into a shopping list? I got into fishing because my grandad did it with a bamboo rod and a tin of worms. Now every video I watch is a guy with £3,000 of gear explaining why my reel is 'holding me back'. Every forum thread about technique has fifteen replies recommending a specific brand of line. I went out on Sunday with a rod from a car boot sale and caught two perch and a very confused eel. Nobody's making a video about that because there's nothing to sell.",
        "negative",
    ),
    (
        "Update from the allotment board: remember the plot that got vandalised in August, sheds smashed, greenhouse glass everywhere, all my squash pulled up? You lot and the other plot holders organised a fundraiser I didn't even know about. Yesterday the committee handed me an envelope with £460 and a card signed by about forty people, some of whom I've only ever nodded to over the hedge. There's a new second-hand greenhouse being delivered on Thursday. I had to go and sit in my car for a bit. I can't put into words what that meant.",
        "positive",
    ),
    (
        "Not trying to be dramatic but I think the new layout of this site has made me stop using it. Infinite scroll with no way to get back to where you were. Recommended posts from boards I've never visited injected between actual posts. Comments collapsed by default so you have to tap five times to see a conversation. I used to lose an hour a day here reading interesting threads. Now I lose five minutes fighting the interface and close it. Maybe that's the real wellbeing feature.",
        "negative",
    ),
    (
        "My partner and I have been doing a 'no spend' month and I expected it to be miserable. It's been weirdly great. We've cooked everything from scratch, rediscovered the board game cupboard, had friends over for potluck instead of going to restaurants, and walked to parks we didn't know existed twenty minutes from our flat. We've saved about £600 but honestly the bigger thing is we've talked more this month than in the last six. Might make it a twice-a-year thing.",
        "positive",
    ),
    (
        "Question for the home repair folks: we've got a hairline crack running diagonally from the top corner of a door frame up toward the ceiling, about 40cm long. Appeared over the summer. House is 1960s, on clay soil, and it was a very dry year. It's not getting wider as far as we can tell, we've been marking the ends with pencil and dating them. Is this the kind of thing that's normal seasonal movement, or should we be getting a structural engineer in before winter?",
        "neutral",
    ),
    (
        "The thing nobody tells you about working from home for four years is how small your world gets. I used to moan about the commute, the office, the small talk by the kettle. Now I realise those were the only times I spoke to anyone who wasn't my partner or a delivery driver. Some weeks the only place I go is the supermarket. I've got plenty of flexibility and no real complaints about the job itself. I just feel like I've been slowly fading out of the world and I didn't notice it happening.",
        "negative",
    ),
    (
        "Shoutout to the maintainers of the open-source photo manager I switched to after the subscription one doubled its price. Took an afternoon to import 40,000 photos. Face grouping works, the map view works, it runs on my old laptop without breaking a sweat, and there's a friendly forum where the lead developer personally answered my question about raw file support within an hour. I've just set up a monthly donation. I'd much rather give money to people like this than rent my own photos back from a corporation.",
        "positive",
    ),
    (
        "Can someone explain the appeal of 'cozy' games to me? Not trying to be a hater, genuinely. I tried the farming one everyone loves and after three in-game seasons I was just... doing chores? Watering the same crops, talking to the same villagers, who say the same three lines. My real life has enough chores. I bounced off it hard. Maybe I'm missing the point, but from where I'm sitting it's a spreadsheet with a cute hat on.",
        "negative",
    ),
    (
        "First time posting on the parenting board. My son is autistic, 7, and has never been invited to a birthday party. Until this week. A boy in his class, Leo, invited him, and Leo's mum rang me beforehand to ask what would help him feel comfortable. She set up a quiet corner with headphones and building bricks. My son stayed for the whole party. He came home and told me 'Leo is my friend' about twenty times. I don't know Leo's mum well but I'm going to be grateful to her for the rest of my life.",
        "positive",
    ),
    (
        "People in the board game community: please stop calling every game with a bit of luck 'random garbage'. Dice exist. Card draws exist. Some of us like a game where a 12-year-old can beat an experienced player on a good night. I get that you enjoy pure strategy, that's fine, but the sneering in the review threads puts off a lot of newcomers and makes the hobby feel like an exam. Not everyone wants to spend four hours calculating optimal moves on a Friday night.",
        "negative",
    ),
    (
        "Finished restoring my grandad's old road bike. Steel frame, built in 1978 in a little workshop that closed decades ago. Took the whole thing apart, cleaned every bearing, had the frame re-enamelled in its original deep green, found period-correct brake levers on an auction site after months of looking. Took it out for the first proper ride today along the canal. It's heavier than my modern bike and the gears are fiddly, and I was grinning like a fool for the whole 30km. My gran cried when she saw it.",
        "positive",
    ),
    (
        "Our city council has decided to 'consult' on closing three of the five branch libraries. The consultation is an online-only survey, with a deadline in two weeks, and the questions are all framed like 'Would you prefer a modern digital hub, or outdated buildings?' The people who rely on the libraries most are the elderly, kids without computers at home, and people who use the free internet to apply for jobs. Funny how none of them are going to see an online-only survey. It's not a consultation, it's a rubber stamp.",
        "negative",
    ),
    (
        "Weird request: what are some podcasts that are genuinely calm? Not true crime, not news, not two guys shouting about politics. I drive for about 90 minutes a day and I'd love something gentle, ideally about history, nature, or people's jobs. Bonus points if the host has a soothing voice. I've tried a couple of the meditation ones but they made me sleepy, which isn't ideal on a motorway.",
        "neutral",
    ),
    (
        "Not sure if this belongs here but I have to tell someone. I've been a carer for my mum for six years since her stroke. Today the council finally approved funding for two days a week at a day centre. She went for the first time this morning. I dropped her off, she was nervous, I was nervous. When I picked her up she was chatting to two other ladies and didn't want to leave. She'd done painting. I went home and sat in the garden for three hours doing absolutely nothing and it was the best afternoon I've had in years.",
        "positive",
    ),
    (
        "I want to like the new coach, I really do. But every press conference is twenty minutes of 'process', 'buy-in', 'trusting the project', and zero answers to why we keep playing a left back at centre midfield. We've taken four points from eight games. He says we're 'creating good moments'. I don't want moments. I want the team to stop conceding in the 90th minute every single week. At some point the project needs to win a football match.",
        "negative",
    ),
    (
        "Slightly off topic but I just want to say how much I appreciate the people on this board who write long, careful answers to beginners. I asked a question last month about why my pressure canner's gauge seemed off, expecting a one-liner, and got a three-paragraph explanation about calibration, altitude adjustments, and where to get the gauge tested locally for free. You didn't have to do that. It's exactly the kind of thing that makes me want to pay it forward.",
        "positive",
    ),
    (
        "Our office has started a 'wellness initiative', which so far consists of a fruit bowl that's empty by 9:15, a step challenge leaderboard that's displayed on a big screen in reception, and a monthly email reminding us that 'mental health matters', sent by the same director who made three people redundant by email last month. I'm sure the fruit bowl is a comfort to Sarah, Kev and Anita as they update their CVs.",
        "negative",
    ),
    (
        "Just had the most brilliant experience at the little independent bike shop on Stanway Road. Went in with a squeaking bottom bracket fully prepared to be told I needed a new one. The mechanic, an older guy with forearms like cables, took it out, cleaned and regreased it, put it back in, charged me £12 and told me exactly how to do it myself next time. He could easily have sold me a £60 part. I'll be buying everything from them from now on.",
        "positive",
    ),
    (
        "What's the general consensus on putting a dog in kennels for a week vs getting a house-sitter? We're away for a family wedding in June. Our dog is a 4-year-old collie, very energetic, a bit anxious with strangers at first but settles quickly. Kennels near us are about £25 a night, a sitter's around £45. I don't mind paying more if it's genuinely better for her, I'm just not sure which option would actually stress her out less.",
        "neutral",
    ),
    (
        "I miss when game reviews talked about the game. Three out of the five reviews I read for the new strategy game spent more time on the studio's social media drama than on how the game actually plays. I don't care what the community manager posted in 2021. I want to know if the late game gets tedious and whether the AI cheats. I had to watch a four-hour stream from a random with 200 followers to find out. (It does get tedious. The AI does cheat.)",
        "negative",
    ),
    (
        "Spent the weekend at my local repair café as a volunteer for the first time. People bring in broken things, toasters, lamps, jeans with holes, a 1970s radio, and we try to fix them for free while they wait and drink tea. I'm an electrician by trade so I was on the lamp table. Fixed nine out of eleven. One old man brought his late wife's bedside lamp that hadn't worked in years and when it came on he just held it for a while. I'm signing up for every month.",
        "positive",
    ),
    (
        "Wow, what a surprise, the 'limited edition' collector's box for 'Skyrift' arrived with a cracked statue, a code that had already been redeemed, and an art book that's about a third of the page count advertised. Support's response time is 'up to 21 business days'. So that's £140 well spent. Can't wait to do it all again for the sequel, since apparently I never learn.",
        "negative",
    ),
    (
        "Genuine question for the cycling board, and I'm asking because I actually want to understand: why do some of you ride two abreast on narrow country lanes with a queue of cars behind? I drive and ride, so I get that it's legal and sometimes safer. But last Sunday I was stuck behind a group for four miles on the Haverley road while they chatted, and when I finally passed, carefully, one of them shouted at me. It's that last bit. It makes it really hard to defend cyclists to my non-cycling friends, and I'm tired of trying.",
        "negative",
    ),
    (
        "After a year of being 'coming soon', the new sports centre opened this week. The pool has four lanes instead of the promised eight. The gym has the same machines they moved over from the old building, two of which have 'out of order' signs. The cafe is a vending machine. The climbing wall from the brochure is 'phase two'. Membership went up by £14 a month. I swam there yesterday and shared a lane with nine people and a man doing butterfly. Lovely new building though. Very shiny.",
        "negative",
    ),
    (
        "I've tried to explain this to my friends and they don't get it, so maybe you lot will. I spent three months building a tiny model village for my model railway: a church, a pub, eleven houses, a duck pond with resin water, and about 200 little people. Yesterday I finally put the last figure in place, a man walking his dog past the post office. I turned off the room lights, switched on the little street lamps, and ran the train round. I just sat there for an hour. It's silly. It's also the most content I've been in ages.",
        "positive",
    ),
    (
        "Okay I'll be the one to say it. This week's 'ask an expert' guest on the finance board was disappointing. Every answer was some version of 'it depends on your circumstances, speak to a professional'. Someone asked a really specific question about pension consolidation and got told to 'do their own research'. We are doing our own research. That's why we came to an 'ask an expert' thread. I don't expect personal advice, but a couple of general principles wouldn't have hurt. Felt like a PR exercise.",
        "negative",
    ),
    (
        "Posting from the hospital waiting room. My wife's surgery was scheduled for 9am. It's 4:20pm. We've been told 'soon' six times, she's been fasting since midnight, and nobody can tell us where she is on the list. I know the staff are stretched, I'm not angry at the nurses, they've been kind. I'm angry that this is apparently normal and everyone just accepts it, and that she's been lying on a trolley in a corridor for seven hours worrying, hungry, and scared.",
        "negative",
    ),
    (
        "The 'helpful' new feature in my email app that auto-summarises long emails just summarised my landlord's eviction notice as 'Update about your flat 🏠'. With a house emoji. I am so glad we're pouring billions into this. I might have skimmed past it if I'd been a bit busier. Great stuff, really feeling the future arriving.",
        "negative",
    ),
    (
        "Anyone else's kids' football club run by a coach who clearly thinks he's managing in the top flight? My 10-year-old's under-11s team lost 4-2 on Saturday and the coach made them do laps 'as punishment' while parents watched. Half of them were in tears. He benches the quieter kids for entire matches. My son used to run to the car on Saturday mornings. This week he asked if he could stay home. We pay £120 a term for this. Looking for another club.",
        "negative",
    ),
    (
        "> I don't see what the big deal is, it's only a few extra minutes\n\nIt's a few extra minutes for you. For the people who use the 7:10 to get to their 8am shifts, the new timetable means the next one gets in at 8:04. Four minutes late every day. Some employers are fine with that, lots aren't. My neighbour has already had a warning. Nobody on the transport authority asked the people who actually ride the early services before changing it, which is what this whole thread is complaining about.",
        "negative",
    ),
    (
        "I've run the same small fantasy pub quiz at our local for six years. Last month the new owners told us they'd 'be going in a different direction' with Thursday nights. The different direction turned out to be a karaoke machine nobody uses and a TV showing whatever sport is on. Thirty regulars, most of them older folks who came for a pint and a chat and the quiz, just stopped coming. The pub's half empty now. I hope the karaoke machine was worth it.",
        "negative",
    ),
    (
        "Can I vent about group projects at university for a second? Four people. I made a shared doc, a timeline, a task list, messaged everyone with their sections. Two weeks before deadline: one person has written 80 words, one has written nothing and left the group chat, and one says 'I thought you were doing it all, you seemed really organised'. I'm not asking for advice. I know I'll end up doing it. I just want someone to know that I know.",
        "negative",
    ),
    (
        "It's been six months since the surgery on my knee and I just went for my first proper hike since. Only 8 miles, and slower than I used to, and I used poles which I would once have mocked. But I got to the top of Cairn Hill, sat on the same rock I always sat on, and ate a slightly squashed cheese sandwich while looking at the valley. At one point I didn't think I'd get up there again. The physio was brutal and I hated her for about three months. I'm sending her a thank you card tomorrow.",
        "positive",
    ),
    (
        "I ordered a sofa in March. Delivery was promised for 'six to eight weeks'. It's now September. I have had four delivery dates, each cancelled the day before by text message. Every time I call, the person on the phone is very apologetic and tells me it's 'with the supplier'. I've asked for a refund three times and been told it's 'being processed'. I've been sitting on garden chairs in my living room for five months. At this point I'm less angry than I am simply impressed at how consistently they manage to not do the one thing they sell.",
        "negative",
    ),
    (
        "Every time someone on this board asks for beginner knitting patterns, the top reply recommends a hat in the round on double pointed needles. I love you all but that is not a beginner project. I nearly gave up entirely in my first month because of that advice. Start with a dishcloth. Then a scarf. Then a hat. Let people get their hands used to holding two sticks before you hand them four. We lose so many new knitters to this and then wonder why the hobby's ageing.",
        "negative",
    ),
    (
        "I was very sceptical when my brother-in-law said he was quitting his job as an accountant to open a cheese shop. Thought it was a midlife crisis with a very specific smell. Went to the opening today. It's beautiful: old wooden shelves, a little tasting counter, and he knows the story of every single cheese and the farm it came from. There was a queue out of the door. He kept laughing and shaking his head like he couldn't believe it. I bought far too much and I owe him an apology for every joke I made at Christmas.",
        "positive",
    ),
    (
        "The new 'auto-play next episode' countdown on the streaming service is now 3 seconds. Three. I don't even have time to put the remote down before the next episode starts and I've lost my place in the last one. I used to be able to fall asleep to one episode. Now I wake up at 3am having watched half a season I don't remember. I'm sure whoever decided this has very good engagement numbers. I'm sure they're thrilled.",
        "negative",
    ),
    (
        "Had a tough one today. Put in my 31st job application since being made redundant in spring. Got an automated rejection within four minutes. Four minutes. Not even a human read it. I've got eighteen years of experience in logistics and I'm apparently being filtered out by software because I don't have a specific certification that didn't exist when I started. I'm not giving up but today it's very hard not to feel like I've become invisible.",
        "negative",
    ),
    (
        "Reporting back on the rate-limiting advice from last week, since a few people asked. Switched my bot from a fixed 1-second sleep to reading the remaining-requests header and backing off exponentially when it gets low, plus a token bucket so bursts are smoothed out. Haven't had a single 429 in six days, the bot's response time actually improved because it's not wasting time sleeping when it doesn't need to, and the code's shorter. Really appreciate the folks who took the time to explain it properly instead of just linking the docs.",
        "positive",
    ),
    (
        "Remember me? Posted here last winter about my nan's 1950s sewing machine that hadn't worked in decades. A few of you walked me through cleaning it, replacing the belt and freeing the seized bobbin case. Well, I've just finished making my daughter's school costume on it: a very lopsided but enthusiastic dragon, with felt scales I sewed on one by one over four evenings. She wore it today and wouldn't take it off for bed. Nan would have laughed her head off at the stitching and then been quietly thrilled.",
        "positive",
    ),
    (
        "My elderly dad has been scammed three times this year by phone calls pretending to be from his bank. Each time the bank refunded some of it, and each time they lectured him, not the scammers, about 'being vigilant'. He's 83. He grew up trusting people who said they were from the bank because they usually were. I've now set up call blocking, I check his statements weekly, and he's started refusing to answer the phone at all, even to me. He's more isolated than ever and the scammers are still out there.",
        "negative",
    ),
    (
        "Small but mighty win for the gardening board: my daughter (5) planted sunflower seeds in yoghurt pots back in April, and we've been measuring them every Sunday against the fence with a pencil. The tallest one is now 2.8 metres, taller than the shed, taller than me, and she has named it Gerald. This morning it opened its first flower. She ran into our bedroom at 6:40am shouting 'GERALD IS AWAKE'. It is now the proudest household achievement of the year, above anything either of us did at work.",
        "positive",
    ),
    (
        "So the developer of the fitness tracker app I've used since 2018 just announced the free version will be limited to 'the last 7 days of history'. Eight years of my runs, rides and swims, locked behind a £9.99 monthly subscription unless I export them, and the export tool, helpfully, only exports one month at a time in a format nothing else reads. Spent my Saturday clicking 'export' ninety-six times. I'm sure they've thought very carefully about their loyal users.",
        "negative",
    ),
    (
        "Retiring next Friday after 38 years as a postman, the last 22 on the same round in Elmbridge. I've been to weddings on that round, and funerals. I've watched kids I delivered birthday cards to grow up and start getting their own post. Mrs. Whitlock at number 9 has left me a cup of tea on her wall every Christmas Eve since 2003. People keep asking if I'm excited. I think I am. I'm also going to miss it more than I know how to say.",
        "neutral",
    ),
    (
        "Fascinating thread. For what it's worth, I've read both sides of the landlord debate above and I think each has a point. Tenants clearly need stronger protections against retaliatory evictions and unfair deductions, and the evidence on that seems solid. But small landlords do face genuinely long court waits when a tenancy goes wrong, and that drives some of them out of the market, which reduces supply. I don't think either side is being unreasonable here; the system is slow for everyone.",
        "neutral",
    ),
    (
        "Does anyone have experience with community-supported agriculture schemes? We're thinking of joining one near Oakhurst that delivers a box of whatever's in season each week for £18. My worries are the practical ones: what happens when it's twelve weeks of cabbage in winter, whether you can pause it while away, and whether the portions are realistic for two adults who cook most nights. Would love to hear from people who've done one for a full year rather than just the first few weeks.",
        "neutral",
    ),
    (
        "Bit of a mixed one. Sold my half of the business to my co-founder today after nine years. Financially it's a good outcome, I can take a year off and think about what's next, and we parted on good terms with a long lunch and a handshake. But it was my whole identity for the best part of a decade and I don't know who I am on Monday morning without it. I suppose I'll find out.",
        "neutral",
    ),
    (
        "In the nine years I've been playing this game, I've never seen the devs admit a mistake as clearly as yesterday's post about the crafting changes. They said, in plain language, 'we got this wrong, here's why, here's what we're reverting, and here's compensation for everyone who lost materials.' No corporate waffle. No 'we hear you'. Already rolled back this morning. That's how you keep a community. Re-subscribed after six months away.",
        "positive",
    ),
    (
        "Lovely detail I just noticed in my new-to-me 1960s house: whoever lived here before us had pencilled their children's heights on the inside of the pantry door frame, with names and dates. 'Ruth, 1964. David, 1966.' It runs all the way up to 1979. We repainted every room in the house but left that frame alone. Last week, with a bit of ceremony, we added our son for the first time, underneath David. It felt right.",
        "positive",
    ),
    (
        "I'll probably get downvoted for this, but the rose-tinted nostalgia on this board for the old town centre is a bit much. Yes, there was a toy shop and a nice cafe. There were also boarded-up units in the 90s, the bus station was grim, and the market was half empty by 2005. Things have been slowly declining for thirty years. Pretending it was a golden age until last year just makes it harder to have an honest conversation about what would actually help.",
        "negative",
    ),
    (
        "Played a three-hour session of 'Harbourmasters' last night with people from the board game cafe's meetup, and afterwards one of them said 'you explain rules really well, you should teach the Tuesday newbie night'. I've been too shy to even go to the Tuesday night. I've just emailed the owner to say I'll do it next week. Terrified. But I haven't felt this chuffed about something in a long time.",
        "positive",
    ),
    (
        "There's been a lot of speculation about the new stadium plans, so here's what's actually in the planning application (it's public, anyone can read it): capacity of 38,000, up from 24,500; a move of about 1.2 miles north to the old rail yard; construction starting no earlier than 2027 if approval's granted; and the old ground earmarked for housing. The transport assessment assumes a new tram stop that hasn't been funded yet. Consultation closes on the 30th.",
        "neutral",
    ),
]
