# Office-holders: heads of state and government, foreign ministers and other
# frequently quoted officials, 2010-2025 (some terms start earlier). One line
# per office term; a repeated ID adds another term to the same person.
#
# Facts are general knowledge (public record). Dates are the day the term
# began/ended; `to` is omitted while the person was still in office in late
# 2025. Lines marked "approx." in a comment above them have dates known only
# to the month (day written as 01) - see the comments in each section.
#
# Ambiguity decisions (aliases are matched case-sensitively as written):
# - No bare surname when two people in this file share it close in time:
#   Clinton, Bush, Kim, Lee, Li, Wang, Park, Moon, Khan, Sharif, Zardari,
#   Aliyev, Aoun, Salam, Barzani, Duterte, Rasmussen, Fernández, Miller,
#   Kaczyński, Miliband, Haradinaj, Lieberman (Joe/Avigdor), Rodríguez.
# - No bare surname that is a common English word or first name, or a
#   well-known place: May, Rice, Price, Power, Craft, Gates, Austin, Hunt,
#   Cleverly, Hague ("the Hague"), Brown, Johnson, Jones, Bishop, Cannon,
#   Champagne, Gabriel, Michel, Philippe, Jonathan, Ban (Ban Ki-moon).
# - Royal/ruler titles that two states share are only given with the
#   distinguishing part: "King Abdullah" (Saudi 2005-2015 / Jordan) is not
#   an alias; "Abdullah II" is Jordan's, "Abdullah bin Abdulaziz" Saudi's.
# - Roles use the generic English title where news does ("Foreign Minister"
#   for India's External Affairs Minister, South Africa's Minister of
#   International Relations, Pakistan's Minister of Foreign Affairs), and
#   the local title where news uses it ("Secretary of State", "Foreign
#   Secretary", "Chancellor").

# ---------------------------------------------------------------- United States
person obama-barack | Barack Obama | alias: Obama; Barack H. Obama; Barack Hussein Obama | country: USA | role: President | from: 2009-01-20 | to: 2017-01-20
person trump-donald | Donald Trump | alias: Trump; Donald J. Trump | country: USA | role: President | from: 2017-01-20 | to: 2021-01-20
person trump-donald | Donald Trump | country: USA | role: President | from: 2025-01-20
person biden-joe | Joe Biden | alias: Biden; Joseph R. Biden; Joseph R. Biden Jr.; Joseph Biden | country: USA | role: Vice President | from: 2009-01-20 | to: 2017-01-20
person biden-joe | Joe Biden | country: USA | role: President | from: 2021-01-20 | to: 2025-01-20
person pence-mike | Mike Pence | alias: Pence; Michael Pence | country: USA | role: Vice President | from: 2017-01-20 | to: 2021-01-20
person harris-kamala | Kamala Harris | alias: Harris; Kamala D. Harris | country: USA | role: Vice President | from: 2021-01-20 | to: 2025-01-20
person vance-jd | JD Vance | alias: Vance; J.D. Vance; James David Vance | country: USA | role: Vice President | from: 2025-01-20
# Secretaries of State
person clinton-hillary | Hillary Clinton | alias: Hillary Rodham Clinton | country: USA | role: Secretary of State | org: USA-STATE | from: 2009-01-21 | to: 2013-02-01
person kerry-john | John Kerry | alias: Kerry; John F. Kerry | country: USA | role: Secretary of State | org: USA-STATE | from: 2013-02-01 | to: 2017-01-20
person kerry-john | John Kerry | country: USA | role: Special Presidential Envoy for Climate | from: 2021-01-20 | to: 2024-03-06
person tillerson-rex | Rex Tillerson | alias: Tillerson; Rex W. Tillerson | country: USA | role: Secretary of State | org: USA-STATE | from: 2017-02-01 | to: 2018-03-31
person pompeo-mike | Mike Pompeo | alias: Pompeo; Michael Pompeo; Michael R. Pompeo | country: USA | role: Director of the Central Intelligence Agency | org: USA-CIA | from: 2017-01-23 | to: 2018-04-26
person pompeo-mike | Mike Pompeo | country: USA | role: Secretary of State | org: USA-STATE | from: 2018-04-26 | to: 2021-01-20
person blinken-antony | Antony Blinken | alias: Blinken; Antony J. Blinken; Tony Blinken | country: USA | role: Secretary of State | org: USA-STATE | from: 2021-01-26 | to: 2025-01-20
person rubio-marco | Marco Rubio | alias: Rubio | country: USA | role: Secretary of State | org: USA-STATE | from: 2025-01-21
person rubio-marco | Marco Rubio | country: USA | role: National Security Adviser | org: USA-NSC | from: 2025-05-01
# Deputy Secretaries of State and Under Secretaries
person burns-william | William Burns | alias: William J. Burns; Bill Burns | country: USA | role: Deputy Secretary of State | org: USA-STATE | from: 2011-07-28 | to: 2014-11-03
person burns-william | William Burns | country: USA | role: Director of the Central Intelligence Agency | org: USA-CIA | from: 2021-03-19 | to: 2025-01-20
person sherman-wendy | Wendy Sherman | alias: Wendy R. Sherman | country: USA | role: Deputy Secretary of State | org: USA-STATE | from: 2021-04-14 | to: 2023-07-28
# Victoria Nuland: spokesperson dates approx. (month); Under Secretary end approx. (she retired in March 2024)
person nuland-victoria | Victoria Nuland | alias: Nuland; Toria Nuland | country: USA | role: Spokesperson | org: USA-STATE | from: 2011-06-01 | to: 2013-04-01
person nuland-victoria | Victoria Nuland | country: USA | role: Assistant Secretary of State for European and Eurasian Affairs | org: USA-STATE | from: 2013-09-18 | to: 2017-01-20
person nuland-victoria | Victoria Nuland | country: USA | role: Under Secretary of State for Political Affairs | org: USA-STATE | from: 2021-05-03 | to: 2024-03-01
# State Department spokespeople (start/end days approx. to the month except where a term began or ended with an administration)
person crowley-pj | P.J. Crowley | alias: Philip J. Crowley; PJ Crowley | country: USA | role: Spokesperson | org: USA-STATE | from: 2009-05-26 | to: 2011-03-13
person psaki-jen | Jen Psaki | alias: Psaki; Jennifer Psaki | country: USA | role: Spokesperson | org: USA-STATE | from: 2013-04-01 | to: 2015-03-31
person psaki-jen | Jen Psaki | country: USA | role: White House Press Secretary | from: 2021-01-20 | to: 2022-05-13
person kirby-john | John Kirby | alias: Kirby; John F. Kirby | country: USA | role: Pentagon Press Secretary | org: USA-DOD | from: 2013-12-01 | to: 2015-05-01
person kirby-john | John Kirby | country: USA | role: Spokesperson | org: USA-STATE | from: 2015-05-01 | to: 2017-01-20
person kirby-john | John Kirby | country: USA | role: Pentagon Press Secretary | org: USA-DOD | from: 2021-01-20 | to: 2022-05-01
person kirby-john | John Kirby | country: USA | role: National Security Council Coordinator for Strategic Communications | org: USA-NSC | from: 2022-05-01 | to: 2025-01-20
person toner-mark | Mark Toner | alias: Toner; Mark C. Toner | country: USA | role: Spokesperson | org: USA-STATE | from: 2017-01-20 | to: 2017-04-24
person nauert-heather | Heather Nauert | alias: Nauert | country: USA | role: Spokesperson | org: USA-STATE | from: 2017-04-24 | to: 2019-03-01
person ortagus-morgan | Morgan Ortagus | alias: Ortagus | country: USA | role: Spokesperson | org: USA-STATE | from: 2019-04-01 | to: 2021-01-20
person price-ned | Ned Price | alias: Edward Price | country: USA | role: Spokesperson | org: USA-STATE | from: 2021-01-20 | to: 2023-03-01
person miller-matthew | Matthew Miller | alias: Matt Miller | country: USA | role: Spokesperson | org: USA-STATE | from: 2023-05-01 | to: 2025-01-20
# Tammy Bruce: start approx.; no end date given (she was nominated deputy U.N. ambassador in August 2025)
person bruce-tammy | Tammy Bruce | country: USA | role: Spokesperson | org: USA-STATE | from: 2025-01-20
# White House press secretaries
person carney-jay | Jay Carney | alias: James Carney | country: USA | role: White House Press Secretary | from: 2011-02-01 | to: 2014-06-20
person earnest-josh | Josh Earnest | country: USA | role: White House Press Secretary | from: 2014-06-20 | to: 2017-01-20
person spicer-sean | Sean Spicer | alias: Spicer | country: USA | role: White House Press Secretary | from: 2017-01-20 | to: 2017-07-21
person sanders-sarah | Sarah Huckabee Sanders | alias: Sarah Sanders | country: USA | role: White House Press Secretary | from: 2017-07-26 | to: 2019-07-01
person grisham-stephanie | Stephanie Grisham | country: USA | role: White House Press Secretary | from: 2019-07-01 | to: 2020-04-07
person mcenany-kayleigh | Kayleigh McEnany | alias: McEnany | country: USA | role: White House Press Secretary | from: 2020-04-07 | to: 2021-01-20
person jean-pierre-karine | Karine Jean-Pierre | alias: Jean-Pierre | country: USA | role: White House Press Secretary | from: 2022-05-13 | to: 2025-01-20
person leavitt-karoline | Karoline Leavitt | alias: Leavitt | country: USA | role: White House Press Secretary | from: 2025-01-20
# Defense Secretaries ("Gates", "Carter", "Austin", "Miller" are not aliases)
person gates-robert | Robert Gates | alias: Robert M. Gates | country: USA | role: Defense Secretary | org: USA-DOD | from: 2006-12-18 | to: 2011-06-30
person panetta-leon | Leon Panetta | alias: Panetta; Leon E. Panetta | country: USA | role: Director of the Central Intelligence Agency | org: USA-CIA | from: 2009-02-13 | to: 2011-06-30
person panetta-leon | Leon Panetta | country: USA | role: Defense Secretary | org: USA-DOD | from: 2011-07-01 | to: 2013-02-26
person hagel-chuck | Chuck Hagel | alias: Hagel | country: USA | role: Defense Secretary | org: USA-DOD | from: 2013-02-27 | to: 2015-02-17
person carter-ash | Ash Carter | alias: Ashton Carter; Ashton B. Carter | country: USA | role: Defense Secretary | org: USA-DOD | from: 2015-02-17 | to: 2017-01-20
person mattis-jim | Jim Mattis | alias: Mattis; James Mattis; James N. Mattis | country: USA | role: Defense Secretary | org: USA-DOD | from: 2017-01-20 | to: 2019-01-01
person shanahan-patrick | Patrick Shanahan | alias: Shanahan | country: USA | role: Acting Defense Secretary | org: USA-DOD | from: 2019-01-01 | to: 2019-06-23
person esper-mark | Mark Esper | alias: Esper; Mark T. Esper | country: USA | role: Defense Secretary | org: USA-DOD | from: 2019-07-23 | to: 2020-11-09
person miller-christopher | Christopher Miller | alias: Christopher C. Miller; Chris Miller | country: USA | role: Acting Defense Secretary | org: USA-DOD | from: 2020-11-09 | to: 2021-01-20
person austin-lloyd | Lloyd Austin | alias: Lloyd J. Austin; Lloyd J. Austin III | country: USA | role: Defense Secretary | org: USA-DOD | from: 2021-01-22 | to: 2025-01-20
person hegseth-pete | Pete Hegseth | alias: Hegseth; Peter Hegseth | country: USA | role: Defense Secretary | org: USA-DOD | from: 2025-01-25
# National Security Advisers ("Rice", "O'Brien", "Sullivan", "Jones" are not aliases)
person jones-james | James L. Jones | alias: James Jones; Jim Jones | country: USA | role: National Security Adviser | org: USA-NSC | from: 2009-01-20 | to: 2010-10-08
person donilon-tom | Tom Donilon | alias: Donilon; Thomas Donilon | country: USA | role: National Security Adviser | org: USA-NSC | from: 2010-10-08 | to: 2013-07-01
person rice-susan | Susan Rice | alias: Susan E. Rice | country: USA | role: Ambassador to the United Nations | from: 2009-01-22 | to: 2013-06-30
person rice-susan | Susan Rice | country: USA | role: National Security Adviser | org: USA-NSC | from: 2013-07-01 | to: 2017-01-20
person flynn-michael | Michael Flynn | alias: Flynn; Michael T. Flynn; Mike Flynn | country: USA | role: National Security Adviser | org: USA-NSC | from: 2017-01-20 | to: 2017-02-13
person mcmaster-hr | H.R. McMaster | alias: McMaster; H. R. McMaster; Herbert Raymond McMaster | country: USA | role: National Security Adviser | org: USA-NSC | from: 2017-02-20 | to: 2018-04-09
person bolton-john | John Bolton | alias: Bolton; John R. Bolton | country: USA | role: National Security Adviser | org: USA-NSC | from: 2018-04-09 | to: 2019-09-10
person obrien-robert | Robert O'Brien | alias: Robert C. O'Brien | country: USA | role: National Security Adviser | org: USA-NSC | from: 2019-09-18 | to: 2021-01-20
person sullivan-jake | Jake Sullivan | country: USA | role: National Security Adviser | org: USA-NSC | from: 2021-01-20 | to: 2025-01-20
person waltz-mike | Mike Waltz | alias: Waltz; Michael Waltz | country: USA | role: National Security Adviser | org: USA-NSC | from: 2025-01-20 | to: 2025-05-01
person waltz-mike | Mike Waltz | country: USA | role: Ambassador to the United Nations | from: 2025-09-19
# Ambassadors to the United Nations ("Power", "Craft" are not aliases)
person power-samantha | Samantha Power | country: USA | role: Ambassador to the United Nations | from: 2013-08-05 | to: 2017-01-20
person power-samantha | Samantha Power | country: USA | role: Administrator of USAID | org: USA-USAID | from: 2021-05-03 | to: 2025-01-20
person haley-nikki | Nikki Haley | alias: Haley | country: USA | role: Ambassador to the United Nations | from: 2017-01-27 | to: 2018-12-31
person craft-kelly | Kelly Craft | alias: Kelly Knight Craft | country: USA | role: Ambassador to the United Nations | from: 2019-09-12 | to: 2021-01-20
person thomas-greenfield-linda | Linda Thomas-Greenfield | alias: Thomas-Greenfield | country: USA | role: Ambassador to the United Nations | from: 2021-02-25 | to: 2025-01-20
person shea-dorothy | Dorothy Shea | country: USA | role: Acting Ambassador to the United Nations | from: 2025-01-20 | to: 2025-09-19
# Intelligence
person haspel-gina | Gina Haspel | alias: Haspel | country: USA | role: Director of the Central Intelligence Agency | org: USA-CIA | from: 2018-05-21 | to: 2021-01-20
person ratcliffe-john | John Ratcliffe | alias: Ratcliffe | country: USA | role: Director of National Intelligence | org: USA-ODNI | from: 2020-05-26 | to: 2021-01-20
person ratcliffe-john | John Ratcliffe | country: USA | role: Director of the Central Intelligence Agency | org: USA-CIA | from: 2025-01-23
person haines-avril | Avril Haines | alias: Haines | country: USA | role: Director of National Intelligence | org: USA-ODNI | from: 2021-01-21 | to: 2025-01-20
person gabbard-tulsi | Tulsi Gabbard | alias: Gabbard | country: USA | role: Director of National Intelligence | org: USA-ODNI | from: 2025-02-12
# Chairmen of the Joint Chiefs of Staff
person mullen-mike | Mike Mullen | alias: Mullen; Michael Mullen | country: USA | role: Chairman of the Joint Chiefs of Staff | org: USA-DOD | from: 2007-10-01 | to: 2011-09-30
person dempsey-martin | Martin Dempsey | alias: Dempsey; Martin E. Dempsey | country: USA | role: Chairman of the Joint Chiefs of Staff | org: USA-DOD | from: 2011-10-01 | to: 2015-09-25
person dunford-joseph | Joseph Dunford | alias: Dunford; Joseph F. Dunford; Joe Dunford | country: USA | role: Chairman of the Joint Chiefs of Staff | org: USA-DOD | from: 2015-10-01 | to: 2019-09-30
person milley-mark | Mark Milley | alias: Milley; Mark A. Milley | country: USA | role: Chairman of the Joint Chiefs of Staff | org: USA-DOD | from: 2019-10-01 | to: 2023-09-29
person brown-cq | Charles Q. Brown Jr. | alias: Charles Q. Brown; CQ Brown | country: USA | role: Chairman of the Joint Chiefs of Staff | org: USA-DOD | from: 2023-10-01 | to: 2025-02-21
person caine-dan | Dan Caine | alias: John Daniel Caine | country: USA | role: Chairman of the Joint Chiefs of Staff | org: USA-DOD | from: 2025-04-11
# Treasury, trade, envoys
person geithner-timothy | Timothy Geithner | alias: Geithner; Tim Geithner | country: USA | role: Treasury Secretary | org: USA-TREASURY | from: 2009-01-26 | to: 2013-01-25
person lew-jack | Jack Lew | alias: Jacob Lew | country: USA | role: Treasury Secretary | org: USA-TREASURY | from: 2013-02-28 | to: 2017-01-20
person mnuchin-steven | Steven Mnuchin | alias: Mnuchin; Steve Mnuchin | country: USA | role: Treasury Secretary | org: USA-TREASURY | from: 2017-02-13 | to: 2021-01-20
person yellen-janet | Janet Yellen | alias: Yellen | country: USA | role: Chair of the Federal Reserve | org: USA-FED | from: 2014-02-03 | to: 2018-02-03
person yellen-janet | Janet Yellen | country: USA | role: Treasury Secretary | org: USA-TREASURY | from: 2021-01-26 | to: 2025-01-20
person bessent-scott | Scott Bessent | alias: Bessent | country: USA | role: Treasury Secretary | org: USA-TREASURY | from: 2025-01-28
person lighthizer-robert | Robert Lighthizer | alias: Lighthizer | country: USA | role: Trade Representative | org: USA-USTR | from: 2017-05-15 | to: 2021-01-20
person tai-katherine | Katherine Tai | country: USA | role: Trade Representative | org: USA-USTR | from: 2021-03-18 | to: 2025-01-20
person greer-jamieson | Jamieson Greer | alias: Greer | country: USA | role: Trade Representative | org: USA-USTR | from: 2025-02-27
person khalilzad-zalmay | Zalmay Khalilzad | alias: Khalilzad | country: USA | role: Special Representative for Afghanistan Reconciliation | org: USA-STATE | from: 2018-09-05 | to: 2021-10-18
person mcgurk-brett | Brett McGurk | alias: McGurk | country: USA | role: Special Presidential Envoy for the Global Coalition to Counter ISIS | org: USA-STATE | from: 2015-10-23 | to: 2018-12-31
person mcgurk-brett | Brett McGurk | country: USA | role: Middle East Coordinator | org: USA-NSC | from: 2021-01-20 | to: 2025-01-20
person witkoff-steve | Steve Witkoff | alias: Witkoff; Steven Witkoff | country: USA | role: Special Envoy to the Middle East | from: 2025-01-20
person kellogg-keith | Keith Kellogg | alias: Kellogg | country: USA | role: Special Envoy for Ukraine and Russia | from: 2025-01-20

# ---------------------------------------------------------------- Russia
person putin-vladimir | Vladimir Putin | alias: Putin; Vladimir V. Putin; Vladimir Vladimirovich Putin | country: RUS | role: President | from: 2000-05-07 | to: 2008-05-07
person putin-vladimir | Vladimir Putin | country: RUS | role: Prime Minister | from: 2008-05-08 | to: 2012-05-07
person putin-vladimir | Vladimir Putin | country: RUS | role: President | from: 2012-05-07
person medvedev-dmitry | Dmitry Medvedev | alias: Medvedev; Dmitri Medvedev; Dmitry A. Medvedev | country: RUS | role: President | from: 2008-05-07 | to: 2012-05-07
person medvedev-dmitry | Dmitry Medvedev | country: RUS | role: Prime Minister | from: 2012-05-08 | to: 2020-01-16
person medvedev-dmitry | Dmitry Medvedev | country: RUS | role: Deputy Chairman of the Security Council | org: RUS-SECCOUNCIL | from: 2020-01-16
person mishustin-mikhail | Mikhail Mishustin | alias: Mishustin | country: RUS | role: Prime Minister | from: 2020-01-16
person lavrov-sergei | Sergei Lavrov | alias: Lavrov; Sergey Lavrov; Sergei V. Lavrov | country: RUS | role: Foreign Minister | from: 2004-03-09
person zakharova-maria | Maria Zakharova | alias: Zakharova; Mariya Zakharova | country: RUS | role: Spokesperson | from: 2015-08-10
person peskov-dmitry | Dmitry Peskov | alias: Peskov; Dmitri Peskov | country: RUS | role: Spokesperson | from: 2012-05-22
person shoigu-sergei | Sergei Shoigu | alias: Shoigu; Sergey Shoigu | country: RUS | role: Defense Minister | from: 2012-11-06 | to: 2024-05-12
person shoigu-sergei | Sergei Shoigu | country: RUS | role: Secretary of the Security Council | org: RUS-SECCOUNCIL | from: 2024-05-12
person belousov-andrei | Andrei Belousov | alias: Belousov; Andrey Belousov | country: RUS | role: Defense Minister | from: 2024-05-14
person patrushev-nikolai | Nikolai Patrushev | alias: Patrushev; Nikolay Patrushev | country: RUS | role: Secretary of the Security Council | org: RUS-SECCOUNCIL | from: 2008-05-12 | to: 2024-05-12
person gerasimov-valery | Valery Gerasimov | alias: Gerasimov; Valeriy Gerasimov | country: RUS | role: Chief of the General Staff | from: 2012-11-09
person churkin-vitaly | Vitaly Churkin | alias: Churkin; Vitaly I. Churkin | country: RUS | role: Ambassador to the United Nations | from: 2006-04-08 | to: 2017-02-20
person nebenzia-vassily | Vassily Nebenzia | alias: Nebenzia; Vasily Nebenzya; Vassily Nebenzya | country: RUS | role: Ambassador to the United Nations | from: 2017-07-27
person ushakov-yuri | Yuri Ushakov | alias: Ushakov; Yury Ushakov | country: RUS | role: Presidential Aide for Foreign Policy | from: 2012-05-21
person kislyak-sergey | Sergey Kislyak | alias: Kislyak; Sergei Kislyak | country: RUS | role: Ambassador to the United States | from: 2008-07-26 | to: 2017-08-21
person bortnikov-alexander | Alexander Bortnikov | alias: Bortnikov | country: RUS | role: Director of the Federal Security Service | org: RUS-FSB | from: 2008-05-12
person naryshkin-sergei | Sergei Naryshkin | alias: Naryshkin; Sergey Naryshkin | country: RUS | role: Director of the Foreign Intelligence Service | org: RUS-SVR | from: 2016-10-05
# Prigozhin died 2023-08-23; no dated term (the group had no formal office)
person prigozhin-yevgeny | Yevgeny Prigozhin | alias: Prigozhin; Evgeny Prigozhin | country: RUS | role: Head of the Wagner Group | org: WAGNER

# ---------------------------------------------------------------- China
# "Li", "Wang", "Ma", "Lin", "Mao" are never aliases; Chinese names are given
# whole, surname first, with and without the hyphen where news uses both.
person hu-jintao | Hu Jintao | country: CHN | role: General Secretary of the Communist Party | org: CHN-CPC | from: 2002-11-15 | to: 2012-11-15
person hu-jintao | Hu Jintao | country: CHN | role: President | from: 2003-03-15 | to: 2013-03-14
person xi-jinping | Xi Jinping | alias: Xi | country: CHN | role: Vice President | from: 2008-03-15 | to: 2013-03-14
person xi-jinping | Xi Jinping | country: CHN | role: General Secretary of the Communist Party | org: CHN-CPC | from: 2012-11-15
person xi-jinping | Xi Jinping | country: CHN | role: President | from: 2013-03-14
person wen-jiabao | Wen Jiabao | country: CHN | role: Premier | from: 2003-03-16 | to: 2013-03-15
person li-keqiang | Li Keqiang | country: CHN | role: Premier | from: 2013-03-15 | to: 2023-03-11
person li-qiang | Li Qiang | country: CHN | role: Premier | from: 2023-03-11
person li-yuanchao | Li Yuanchao | country: CHN | role: Vice President | from: 2013-03-14 | to: 2018-03-17
person wang-qishan | Wang Qishan | country: CHN | role: Vice President | from: 2018-03-17 | to: 2023-03-10
person han-zheng | Han Zheng | country: CHN | role: Vice President | from: 2023-03-10
person yang-jiechi | Yang Jiechi | country: CHN | role: Foreign Minister | from: 2007-04-27 | to: 2013-03-16
person yang-jiechi | Yang Jiechi | country: CHN | role: State Councilor | org: CHN-STATECOUNCIL | from: 2013-03-16 | to: 2018-03-19
person yang-jiechi | Yang Jiechi | country: CHN | role: Director of the Office of the Central Foreign Affairs Commission | org: CHN-CPC | from: 2018-03-19 | to: 2022-12-30
person wang-yi | Wang Yi | country: CHN | role: Foreign Minister | from: 2013-03-16 | to: 2022-12-30
# Wang Yi's appointment as director: start approx. (announced at the turn of 2023)
person wang-yi | Wang Yi | country: CHN | role: Director of the Office of the Central Foreign Affairs Commission | org: CHN-CPC | from: 2023-01-01
person wang-yi | Wang Yi | country: CHN | role: Foreign Minister | from: 2023-07-25
person qin-gang | Qin Gang | country: CHN | role: Ambassador to the United States | from: 2021-07-28 | to: 2022-12-30
person qin-gang | Qin Gang | country: CHN | role: Foreign Minister | from: 2022-12-30 | to: 2023-07-25
person liang-guanglie | Liang Guanglie | country: CHN | role: Defense Minister | from: 2008-03-17 | to: 2013-03-16
person chang-wanquan | Chang Wanquan | country: CHN | role: Defense Minister | from: 2013-03-16 | to: 2018-03-19
person wei-fenghe | Wei Fenghe | country: CHN | role: Defense Minister | from: 2018-03-19 | to: 2023-03-12
person li-shangfu | Li Shangfu | country: CHN | role: Defense Minister | from: 2023-03-12 | to: 2023-10-24
person dong-jun | Dong Jun | country: CHN | role: Defense Minister | from: 2023-12-29
# Foreign Ministry spokespeople: dates approx. (month of first/last regular
# briefing); Hong Lei, Lin Jian and Guo Jiakun are given without dates.
person jiang-yu | Jiang Yu | country: CHN | role: Spokesperson
person hong-lei | Hong Lei | country: CHN | role: Spokesperson
person hua-chunying | Hua Chunying | country: CHN | role: Spokesperson | from: 2012-09-01 | to: 2024-09-01
person hua-chunying | Hua Chunying | country: CHN | role: Vice Foreign Minister | from: 2024-09-01
person lu-kang | Lu Kang | country: CHN | role: Spokesperson | from: 2015-01-01 | to: 2019-07-01
person geng-shuang | Geng Shuang | country: CHN | role: Spokesperson | from: 2016-09-01 | to: 2020-07-01
person zhao-lijian | Zhao Lijian | country: CHN | role: Spokesperson | from: 2020-02-24 | to: 2023-01-01
person wang-wenbin | Wang Wenbin | country: CHN | role: Spokesperson | from: 2020-07-20 | to: 2024-07-01
person mao-ning | Mao Ning | country: CHN | role: Spokesperson | from: 2022-09-01
person lin-jian | Lin Jian | country: CHN | role: Spokesperson
person guo-jiakun | Guo Jiakun | country: CHN | role: Spokesperson
# Taiwan and Hong Kong ("Tsai" is safe; "Lai" is not: Jimmy Lai; "Lam" is not)
person ma-ying-jeou | Ma Ying-jeou | alias: Ma Ying-Jeou | country: TWN | role: President | from: 2008-05-20 | to: 2016-05-20
person tsai-ing-wen | Tsai Ing-wen | alias: Tsai; Tsai Ing-Wen | country: TWN | role: President | from: 2016-05-20 | to: 2024-05-20
person lai-ching-te | Lai Ching-te | alias: William Lai; Lai Ching-Te | country: TWN | role: Premier | from: 2017-09-08 | to: 2019-01-14
person lai-ching-te | Lai Ching-te | country: TWN | role: Vice President | from: 2020-05-20 | to: 2024-05-20
person lai-ching-te | Lai Ching-te | country: TWN | role: President | from: 2024-05-20
person wu-joseph | Joseph Wu | alias: Jaushieh Joseph Wu | country: TWN | role: Foreign Minister | from: 2018-02-26 | to: 2024-05-20
person lin-chia-lung | Lin Chia-lung | country: TWN | role: Foreign Minister | from: 2024-05-20
person leung-chun-ying | Leung Chun-ying | alias: CY Leung; C.Y. Leung | country: HKG | role: Chief Executive | from: 2012-07-01 | to: 2017-06-30
person lam-carrie | Carrie Lam | alias: Carrie Lam Cheng Yuet-ngor | country: HKG | role: Chief Executive | from: 2017-07-01 | to: 2022-06-30
person lee-john-ka-chiu | John Lee | alias: John Lee Ka-chiu | country: HKG | role: Chief Executive | from: 2022-07-01

# ---------------------------------------------------------------- United Kingdom
person elizabeth-ii | Elizabeth II | alias: Queen Elizabeth; Queen Elizabeth II | country: GBR | role: Queen | from: 1952-02-06 | to: 2022-09-08
person charles-iii | Charles III | alias: King Charles; King Charles III; Prince Charles | country: GBR | role: King | from: 2022-09-08
person brown-gordon | Gordon Brown | country: GBR | role: Prime Minister | from: 2007-06-27 | to: 2010-05-11
person cameron-david | David Cameron | alias: Cameron | country: GBR | role: Prime Minister | from: 2010-05-11 | to: 2016-07-13
person cameron-david | David Cameron | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2023-11-13 | to: 2024-07-05
person may-theresa | Theresa May | country: GBR | role: Prime Minister | from: 2016-07-13 | to: 2019-07-24
person johnson-boris | Boris Johnson | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2016-07-13 | to: 2018-07-09
person johnson-boris | Boris Johnson | country: GBR | role: Prime Minister | from: 2019-07-24 | to: 2022-09-06
person truss-liz | Liz Truss | alias: Truss; Elizabeth Truss | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2021-09-15 | to: 2022-09-06
person truss-liz | Liz Truss | country: GBR | role: Prime Minister | from: 2022-09-06 | to: 2022-10-25
person sunak-rishi | Rishi Sunak | alias: Sunak | country: GBR | role: Prime Minister | from: 2022-10-25 | to: 2024-07-05
person starmer-keir | Keir Starmer | alias: Starmer | country: GBR | role: Prime Minister | from: 2024-07-05
person miliband-david | David Miliband | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2007-06-28 | to: 2010-05-11
person hague-william | William Hague | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2010-05-12 | to: 2014-07-14
person hammond-philip | Philip Hammond | alias: Hammond | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2014-07-15 | to: 2016-07-13
person hunt-jeremy | Jeremy Hunt | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2018-07-09 | to: 2019-07-24
person raab-dominic | Dominic Raab | alias: Raab | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2019-07-24 | to: 2021-09-15
person cleverly-james | James Cleverly | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2022-09-06 | to: 2023-11-13
person lammy-david | David Lammy | alias: Lammy | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2024-07-05 | to: 2025-09-05
person cooper-yvette | Yvette Cooper | country: GBR | role: Foreign Secretary | org: GBR-FCDO | from: 2025-09-05
person wallace-ben | Ben Wallace | country: GBR | role: Defence Secretary | from: 2019-07-24 | to: 2023-08-31
person healey-john | John Healey | alias: Healey | country: GBR | role: Defence Secretary | from: 2024-07-05

# ---------------------------------------------------------------- France
person sarkozy-nicolas | Nicolas Sarkozy | alias: Sarkozy | country: FRA | role: President | from: 2007-05-16 | to: 2012-05-15
person hollande-francois | François Hollande | alias: Hollande; Francois Hollande | country: FRA | role: President | from: 2012-05-15 | to: 2017-05-14
person macron-emmanuel | Emmanuel Macron | alias: Macron | country: FRA | role: President | from: 2017-05-14
person fillon-francois | François Fillon | alias: Fillon; Francois Fillon | country: FRA | role: Prime Minister | from: 2007-05-17 | to: 2012-05-15
person ayrault-jean-marc | Jean-Marc Ayrault | alias: Ayrault | country: FRA | role: Prime Minister | from: 2012-05-15 | to: 2014-03-31
person ayrault-jean-marc | Jean-Marc Ayrault | country: FRA | role: Foreign Minister | from: 2016-02-11 | to: 2017-05-17
person valls-manuel | Manuel Valls | alias: Valls | country: FRA | role: Prime Minister | from: 2014-03-31 | to: 2016-12-06
person cazeneuve-bernard | Bernard Cazeneuve | alias: Cazeneuve | country: FRA | role: Prime Minister | from: 2016-12-06 | to: 2017-05-15
person philippe-edouard | Édouard Philippe | alias: Edouard Philippe | country: FRA | role: Prime Minister | from: 2017-05-15 | to: 2020-07-03
person castex-jean | Jean Castex | alias: Castex | country: FRA | role: Prime Minister | from: 2020-07-03 | to: 2022-05-16
person borne-elisabeth | Élisabeth Borne | alias: Elisabeth Borne | country: FRA | role: Prime Minister | from: 2022-05-16 | to: 2024-01-09
person attal-gabriel | Gabriel Attal | alias: Attal | country: FRA | role: Prime Minister | from: 2024-01-09 | to: 2024-09-05
person barnier-michel | Michel Barnier | alias: Barnier | country: FRA | role: Prime Minister | from: 2024-09-05 | to: 2024-12-13
person bayrou-francois | François Bayrou | alias: Bayrou; Francois Bayrou | country: FRA | role: Prime Minister | from: 2024-12-13 | to: 2025-09-09
# Lecornu resigned on 2025-10-06 and was reappointed on 2025-10-10: one term here
person lecornu-sebastien | Sébastien Lecornu | alias: Lecornu; Sebastien Lecornu | country: FRA | role: Prime Minister | from: 2025-09-09
person kouchner-bernard | Bernard Kouchner | alias: Kouchner | country: FRA | role: Foreign Minister | from: 2007-05-18 | to: 2010-11-14
person alliot-marie-michele | Michèle Alliot-Marie | alias: Alliot-Marie; Michele Alliot-Marie | country: FRA | role: Foreign Minister | from: 2010-11-14 | to: 2011-02-27
person juppe-alain | Alain Juppé | alias: Juppé; Juppe; Alain Juppe | country: FRA | role: Foreign Minister | from: 2011-02-27 | to: 2012-05-16
person fabius-laurent | Laurent Fabius | alias: Fabius | country: FRA | role: Foreign Minister | from: 2012-05-16 | to: 2016-02-11
person le-drian-jean-yves | Jean-Yves Le Drian | alias: Le Drian | country: FRA | role: Defense Minister | from: 2012-05-16 | to: 2017-05-17
person le-drian-jean-yves | Jean-Yves Le Drian | country: FRA | role: Foreign Minister | from: 2017-05-17 | to: 2022-05-20
person colonna-catherine | Catherine Colonna | alias: Colonna | country: FRA | role: Foreign Minister | from: 2022-05-20 | to: 2024-01-11
person sejourne-stephane | Stéphane Séjourné | alias: Séjourné; Sejourne; Stephane Sejourne | country: FRA | role: Foreign Minister | from: 2024-01-11 | to: 2024-09-21
person barrot-jean-noel | Jean-Noël Barrot | alias: Barrot; Jean-Noel Barrot | country: FRA | role: Foreign Minister | from: 2024-09-21

# ---------------------------------------------------------------- Germany
person merkel-angela | Angela Merkel | alias: Merkel | country: DEU | role: Chancellor | from: 2005-11-22 | to: 2021-12-08
person scholz-olaf | Olaf Scholz | alias: Scholz | country: DEU | role: Chancellor | from: 2021-12-08 | to: 2025-05-06
person merz-friedrich | Friedrich Merz | alias: Merz | country: DEU | role: Chancellor | from: 2025-05-06
person koehler-horst | Horst Köhler | alias: Köhler; Horst Koehler | country: DEU | role: President | from: 2004-07-01 | to: 2010-05-31
person wulff-christian | Christian Wulff | alias: Wulff | country: DEU | role: President | from: 2010-06-30 | to: 2012-02-17
person gauck-joachim | Joachim Gauck | alias: Gauck | country: DEU | role: President | from: 2012-03-18 | to: 2017-03-18
person steinmeier-frank-walter | Frank-Walter Steinmeier | alias: Steinmeier | country: DEU | role: Foreign Minister | from: 2005-11-22 | to: 2009-10-28
person steinmeier-frank-walter | Frank-Walter Steinmeier | country: DEU | role: Foreign Minister | from: 2013-12-17 | to: 2017-01-27
person steinmeier-frank-walter | Frank-Walter Steinmeier | country: DEU | role: President | from: 2017-03-19
person westerwelle-guido | Guido Westerwelle | alias: Westerwelle | country: DEU | role: Foreign Minister | from: 2009-10-28 | to: 2013-12-17
person gabriel-sigmar | Sigmar Gabriel | country: DEU | role: Foreign Minister | from: 2017-01-27 | to: 2018-03-14
person maas-heiko | Heiko Maas | alias: Maas | country: DEU | role: Foreign Minister | from: 2018-03-14 | to: 2021-12-08
person baerbock-annalena | Annalena Baerbock | alias: Baerbock | country: DEU | role: Foreign Minister | from: 2021-12-08 | to: 2025-05-06
person baerbock-annalena | Annalena Baerbock | role: President of the United Nations General Assembly | org: UNGA | from: 2025-09-09
person wadephul-johann | Johann Wadephul | alias: Wadephul | country: DEU | role: Foreign Minister | from: 2025-05-06
person pistorius-boris | Boris Pistorius | alias: Pistorius | country: DEU | role: Defense Minister | from: 2023-01-19

# ---------------------------------------------------------------- Italy
person napolitano-giorgio | Giorgio Napolitano | alias: Napolitano | country: ITA | role: President | from: 2006-05-15 | to: 2015-01-14
person mattarella-sergio | Sergio Mattarella | alias: Mattarella | country: ITA | role: President | from: 2015-02-03
person berlusconi-silvio | Silvio Berlusconi | alias: Berlusconi | country: ITA | role: Prime Minister | from: 2008-05-08 | to: 2011-11-16
person monti-mario | Mario Monti | alias: Monti | country: ITA | role: Prime Minister | from: 2011-11-16 | to: 2013-04-28
person letta-enrico | Enrico Letta | alias: Letta | country: ITA | role: Prime Minister | from: 2013-04-28 | to: 2014-02-22
person renzi-matteo | Matteo Renzi | alias: Renzi | country: ITA | role: Prime Minister | from: 2014-02-22 | to: 2016-12-12
person gentiloni-paolo | Paolo Gentiloni | alias: Gentiloni | country: ITA | role: Foreign Minister | from: 2014-10-31 | to: 2016-12-12
person gentiloni-paolo | Paolo Gentiloni | country: ITA | role: Prime Minister | from: 2016-12-12 | to: 2018-06-01
person conte-giuseppe | Giuseppe Conte | alias: Conte | country: ITA | role: Prime Minister | from: 2018-06-01 | to: 2021-02-13
person draghi-mario | Mario Draghi | alias: Draghi | role: President of the European Central Bank | org: ECB | from: 2011-11-01 | to: 2019-10-31
person draghi-mario | Mario Draghi | country: ITA | role: Prime Minister | from: 2021-02-13 | to: 2022-10-22
person meloni-giorgia | Giorgia Meloni | alias: Meloni | country: ITA | role: Prime Minister | from: 2022-10-22
person frattini-franco | Franco Frattini | alias: Frattini | country: ITA | role: Foreign Minister | from: 2008-05-08 | to: 2011-11-16
person terzi-giulio | Giulio Terzi | alias: Giulio Terzi di Sant'Agata | country: ITA | role: Foreign Minister | from: 2011-11-16 | to: 2013-03-26
person bonino-emma | Emma Bonino | alias: Bonino | country: ITA | role: Foreign Minister | from: 2013-04-28 | to: 2014-02-22
person mogherini-federica | Federica Mogherini | alias: Mogherini | country: ITA | role: Foreign Minister | from: 2014-02-22 | to: 2014-10-31
person mogherini-federica | Federica Mogherini | role: High Representative for Foreign Affairs | org: EU | from: 2014-11-01 | to: 2019-11-30
person alfano-angelino | Angelino Alfano | alias: Alfano | country: ITA | role: Foreign Minister | from: 2016-12-12 | to: 2018-06-01
person moavero-milanesi-enzo | Enzo Moavero Milanesi | alias: Moavero Milanesi; Enzo Moavero | country: ITA | role: Foreign Minister | from: 2018-06-01 | to: 2019-09-05
person di-maio-luigi | Luigi Di Maio | alias: Di Maio | country: ITA | role: Foreign Minister | from: 2019-09-05 | to: 2022-10-22
person tajani-antonio | Antonio Tajani | alias: Tajani | role: President of the European Parliament | org: EU-PARLIAMENT | from: 2017-01-17 | to: 2019-07-03
person tajani-antonio | Antonio Tajani | country: ITA | role: Foreign Minister | from: 2022-10-22

# ---------------------------------------------------------------- Japan
person akihito | Akihito | alias: Emperor Akihito | country: JPN | role: Emperor | from: 1989-01-07 | to: 2019-04-30
person naruhito | Naruhito | alias: Emperor Naruhito | country: JPN | role: Emperor | from: 2019-05-01
person hatoyama-yukio | Yukio Hatoyama | alias: Hatoyama | country: JPN | role: Prime Minister | from: 2009-09-16 | to: 2010-06-08
person kan-naoto | Naoto Kan | country: JPN | role: Prime Minister | from: 2010-06-08 | to: 2011-09-02
person noda-yoshihiko | Yoshihiko Noda | alias: Noda | country: JPN | role: Prime Minister | from: 2011-09-02 | to: 2012-12-26
person abe-shinzo | Shinzo Abe | alias: Abe; Shinzō Abe | country: JPN | role: Prime Minister | from: 2012-12-26 | to: 2020-09-16
person suga-yoshihide | Yoshihide Suga | alias: Suga | country: JPN | role: Chief Cabinet Secretary | from: 2012-12-26 | to: 2020-09-16
person suga-yoshihide | Yoshihide Suga | country: JPN | role: Prime Minister | from: 2020-09-16 | to: 2021-10-04
person kishida-fumio | Fumio Kishida | alias: Kishida | country: JPN | role: Foreign Minister | from: 2012-12-26 | to: 2017-08-03
person kishida-fumio | Fumio Kishida | country: JPN | role: Prime Minister | from: 2021-10-04 | to: 2024-10-01
person ishiba-shigeru | Shigeru Ishiba | alias: Ishiba | country: JPN | role: Prime Minister | from: 2024-10-01 | to: 2025-10-21
person takaichi-sanae | Sanae Takaichi | alias: Takaichi | country: JPN | role: Prime Minister | from: 2025-10-21
person okada-katsuya | Katsuya Okada | alias: Okada | country: JPN | role: Foreign Minister | from: 2009-09-16 | to: 2010-09-17
person maehara-seiji | Seiji Maehara | alias: Maehara | country: JPN | role: Foreign Minister | from: 2010-09-17 | to: 2011-03-07
person matsumoto-takeaki | Takeaki Matsumoto | country: JPN | role: Foreign Minister | from: 2011-03-09 | to: 2011-09-02
person gemba-koichiro | Koichiro Gemba | alias: Gemba | country: JPN | role: Foreign Minister | from: 2011-09-02 | to: 2012-12-26
person kono-taro | Taro Kono | alias: Tarō Kōno | country: JPN | role: Foreign Minister | from: 2017-08-03 | to: 2019-09-11
person kono-taro | Taro Kono | country: JPN | role: Defense Minister | from: 2019-09-11 | to: 2020-09-16
person motegi-toshimitsu | Toshimitsu Motegi | alias: Motegi | country: JPN | role: Foreign Minister | from: 2019-09-11 | to: 2021-11-04
person motegi-toshimitsu | Toshimitsu Motegi | country: JPN | role: Foreign Minister | from: 2025-10-21
person hayashi-yoshimasa | Yoshimasa Hayashi | alias: Hayashi | country: JPN | role: Foreign Minister | from: 2021-11-10 | to: 2023-09-13
person hayashi-yoshimasa | Yoshimasa Hayashi | country: JPN | role: Chief Cabinet Secretary | from: 2023-12-14 | to: 2025-10-21
person kamikawa-yoko | Yoko Kamikawa | alias: Kamikawa | country: JPN | role: Foreign Minister | from: 2023-09-13 | to: 2024-10-01
person iwaya-takeshi | Takeshi Iwaya | alias: Iwaya | country: JPN | role: Foreign Minister | from: 2024-10-01 | to: 2025-10-21

# ---------------------------------------------------------------- Canada
person harper-stephen | Stephen Harper | alias: Harper | country: CAN | role: Prime Minister | from: 2006-02-06 | to: 2015-11-04
person trudeau-justin | Justin Trudeau | alias: Trudeau | country: CAN | role: Prime Minister | from: 2015-11-04 | to: 2025-03-14
person carney-mark | Mark Carney | alias: Carney | country: CAN | role: Prime Minister | from: 2025-03-14
person cannon-lawrence | Lawrence Cannon | country: CAN | role: Foreign Minister | from: 2008-10-30 | to: 2011-05-18
person baird-john | John Baird | alias: Baird | country: CAN | role: Foreign Minister | from: 2011-05-18 | to: 2015-02-03
person nicholson-rob | Rob Nicholson | country: CAN | role: Foreign Minister | from: 2015-02-09 | to: 2015-11-04
person dion-stephane | Stéphane Dion | alias: Stephane Dion | country: CAN | role: Foreign Minister | from: 2015-11-04 | to: 2017-01-10
person freeland-chrystia | Chrystia Freeland | alias: Freeland | country: CAN | role: Foreign Minister | from: 2017-01-10 | to: 2019-11-20
person champagne-francois-philippe | François-Philippe Champagne | alias: Francois-Philippe Champagne | country: CAN | role: Foreign Minister | from: 2019-11-20 | to: 2021-01-12
person garneau-marc | Marc Garneau | alias: Garneau | country: CAN | role: Foreign Minister | from: 2021-01-12 | to: 2021-10-26
person joly-melanie | Mélanie Joly | alias: Joly; Melanie Joly | country: CAN | role: Foreign Minister | from: 2021-10-26 | to: 2025-05-13
person anand-anita | Anita Anand | country: CAN | role: Foreign Minister | from: 2025-05-13

# ---------------------------------------------------------------- Australia
person rudd-kevin | Kevin Rudd | alias: Rudd | country: AUS | role: Prime Minister | from: 2007-12-03 | to: 2010-06-24
person rudd-kevin | Kevin Rudd | country: AUS | role: Foreign Minister | from: 2010-09-14 | to: 2012-02-22
person rudd-kevin | Kevin Rudd | country: AUS | role: Prime Minister | from: 2013-06-27 | to: 2013-09-18
person gillard-julia | Julia Gillard | alias: Gillard | country: AUS | role: Prime Minister | from: 2010-06-24 | to: 2013-06-27
person abbott-tony | Tony Abbott | country: AUS | role: Prime Minister | from: 2013-09-18 | to: 2015-09-15
person turnbull-malcolm | Malcolm Turnbull | alias: Turnbull | country: AUS | role: Prime Minister | from: 2015-09-15 | to: 2018-08-24
person morrison-scott | Scott Morrison | country: AUS | role: Prime Minister | from: 2018-08-24 | to: 2022-05-23
person albanese-anthony | Anthony Albanese | alias: Albanese | country: AUS | role: Prime Minister | from: 2022-05-23
person smith-stephen | Stephen Smith | country: AUS | role: Foreign Minister | from: 2007-12-03 | to: 2010-09-14
person carr-bob | Bob Carr | country: AUS | role: Foreign Minister | from: 2012-03-13 | to: 2013-09-18
person bishop-julie | Julie Bishop | country: AUS | role: Foreign Minister | from: 2013-09-18 | to: 2018-08-28
person payne-marise | Marise Payne | country: AUS | role: Foreign Minister | from: 2018-08-28 | to: 2022-05-23
person wong-penny | Penny Wong | country: AUS | role: Foreign Minister | from: 2022-05-23

# ---------------------------------------------------------------- European Union
person barroso-jose-manuel | José Manuel Barroso | alias: Barroso; Jose Manuel Barroso | role: President of the European Commission | org: EU-COMMISSION | from: 2004-11-22 | to: 2014-10-31
person juncker-jean-claude | Jean-Claude Juncker | alias: Juncker | role: President of the European Commission | org: EU-COMMISSION | from: 2014-11-01 | to: 2019-11-30
person von-der-leyen-ursula | Ursula von der Leyen | alias: von der Leyen; Von der Leyen | country: DEU | role: Defense Minister | from: 2013-12-17 | to: 2019-07-17
person von-der-leyen-ursula | Ursula von der Leyen | role: President of the European Commission | org: EU-COMMISSION | from: 2019-12-01
person van-rompuy-herman | Herman Van Rompuy | alias: Van Rompuy | role: President of the European Council | org: EU-COUNCIL | from: 2009-12-01 | to: 2014-11-30
person tusk-donald | Donald Tusk | alias: Tusk | country: POL | role: Prime Minister | from: 2007-11-16 | to: 2014-09-22
person tusk-donald | Donald Tusk | role: President of the European Council | org: EU-COUNCIL | from: 2014-12-01 | to: 2019-11-30
person tusk-donald | Donald Tusk | country: POL | role: Prime Minister | from: 2023-12-13
person michel-charles | Charles Michel | country: BEL | role: Prime Minister | from: 2014-10-11 | to: 2019-10-27
person michel-charles | Charles Michel | role: President of the European Council | org: EU-COUNCIL | from: 2019-12-01 | to: 2024-11-30
person costa-antonio | António Costa | alias: Antonio Costa | country: PRT | role: Prime Minister | from: 2015-11-26 | to: 2024-04-02
person costa-antonio | António Costa | role: President of the European Council | org: EU-COUNCIL | from: 2024-12-01
person ashton-catherine | Catherine Ashton | alias: Cathy Ashton | role: High Representative for Foreign Affairs | org: EU | from: 2009-12-01 | to: 2014-10-31
person borrell-josep | Josep Borrell | alias: Borrell | country: ESP | role: Foreign Minister | from: 2018-06-07 | to: 2019-11-29
person borrell-josep | Josep Borrell | role: High Representative for Foreign Affairs | org: EU | from: 2019-12-01 | to: 2024-11-30
person kallas-kaja | Kaja Kallas | alias: Kallas | country: EST | role: Prime Minister | from: 2021-01-26 | to: 2024-07-23
person kallas-kaja | Kaja Kallas | role: High Representative for Foreign Affairs | org: EU | from: 2024-12-01
person schulz-martin | Martin Schulz | alias: Schulz | role: President of the European Parliament | org: EU-PARLIAMENT | from: 2012-01-17 | to: 2017-01-17
person sassoli-david | David Sassoli | alias: Sassoli | role: President of the European Parliament | org: EU-PARLIAMENT | from: 2019-07-03 | to: 2022-01-11
person metsola-roberta | Roberta Metsola | alias: Metsola | role: President of the European Parliament | org: EU-PARLIAMENT | from: 2022-01-18
person lagarde-christine | Christine Lagarde | alias: Lagarde | role: Managing Director of the International Monetary Fund | org: IMF | from: 2011-07-05 | to: 2019-09-12
person lagarde-christine | Christine Lagarde | role: President of the European Central Bank | org: ECB | from: 2019-11-01

# ---------------------------------------------------------------- United Nations and other international organizations
person ban-ki-moon | Ban Ki-moon | alias: Ban Ki Moon; Ban Ki-Moon | role: Secretary-General | org: UN | from: 2007-01-01 | to: 2016-12-31
person guterres-antonio | António Guterres | alias: Guterres; Antonio Guterres | role: United Nations High Commissioner for Refugees | org: UNHCR | from: 2005-06-15 | to: 2015-12-31
person guterres-antonio | António Guterres | role: Secretary-General | org: UN | from: 2017-01-01
person mohammed-amina-j | Amina J. Mohammed | alias: Amina Mohammed | role: Deputy Secretary-General | org: UN | from: 2017-01-01
person pillay-navi | Navi Pillay | alias: Navanethem Pillay | role: High Commissioner for Human Rights | org: OHCHR | from: 2008-09-01 | to: 2014-08-31
person zeid-raad-al-hussein | Zeid Ra'ad Al Hussein | alias: Zeid Ra'ad al-Hussein; Prince Zeid | role: High Commissioner for Human Rights | org: OHCHR | from: 2014-09-01 | to: 2018-08-31
person bachelet-michelle | Michelle Bachelet | alias: Bachelet | country: CHL | role: President | from: 2006-03-11 | to: 2010-03-11
person bachelet-michelle | Michelle Bachelet | country: CHL | role: President | from: 2014-03-11 | to: 2018-03-11
person bachelet-michelle | Michelle Bachelet | role: High Commissioner for Human Rights | org: OHCHR | from: 2018-09-01 | to: 2022-08-31
person turk-volker | Volker Türk | alias: Volker Turk; Türk | role: High Commissioner for Human Rights | org: OHCHR | from: 2022-10-17
person grandi-filippo | Filippo Grandi | alias: Grandi | role: United Nations High Commissioner for Refugees | org: UNHCR | from: 2016-01-01
person amos-valerie | Valerie Amos | role: Under-Secretary-General for Humanitarian Affairs | org: OCHA | from: 2010-09-01 | to: 2015-05-29
person griffiths-martin | Martin Griffiths | role: Under-Secretary-General for Humanitarian Affairs | org: OCHA | from: 2021-07-19 | to: 2024-06-30
person fletcher-tom | Tom Fletcher | role: Under-Secretary-General for Humanitarian Affairs | org: OCHA | from: 2024-11-18
person beasley-david | David Beasley | alias: Beasley | role: Executive Director of the World Food Programme | org: WFP | from: 2017-04-04 | to: 2023-04-04
person mccain-cindy | Cindy McCain | role: Executive Director of the World Food Programme | org: WFP | from: 2023-04-05
person annan-kofi | Kofi Annan | alias: Annan | role: Joint Special Envoy for Syria | org: UN | from: 2012-02-23 | to: 2012-08-31
person brahimi-lakhdar | Lakhdar Brahimi | alias: Brahimi | role: Joint Special Representative for Syria | org: UN | from: 2012-09-01 | to: 2014-05-31
person de-mistura-staffan | Staffan de Mistura | alias: de Mistura; De Mistura | role: Special Envoy for Syria | org: UN | from: 2014-07-10 | to: 2018-12-31
person rasmussen-anders-fogh | Anders Fogh Rasmussen | alias: Fogh Rasmussen | role: Secretary-General | org: NATO | from: 2009-08-01 | to: 2014-09-30
person stoltenberg-jens | Jens Stoltenberg | alias: Stoltenberg | country: NOR | role: Prime Minister | from: 2005-10-17 | to: 2013-10-16
person stoltenberg-jens | Jens Stoltenberg | role: Secretary-General | org: NATO | from: 2014-10-01 | to: 2024-10-01
person stoltenberg-jens | Jens Stoltenberg | country: NOR | role: Finance Minister | from: 2025-02-04
person rutte-mark | Mark Rutte | alias: Rutte | country: NLD | role: Prime Minister | from: 2010-10-14 | to: 2024-07-02
person rutte-mark | Mark Rutte | role: Secretary-General | org: NATO | from: 2024-10-01
person amano-yukiya | Yukiya Amano | alias: Amano | role: Director General | org: IAEA | from: 2009-12-01 | to: 2019-07-18
person grossi-rafael | Rafael Grossi | alias: Grossi; Rafael Mariano Grossi | role: Director General | org: IAEA | from: 2019-12-03
person chan-margaret | Margaret Chan | role: Director-General | org: WHO | from: 2007-01-04 | to: 2017-06-30
person tedros-adhanom | Tedros Adhanom Ghebreyesus | alias: Tedros; Tedros Adhanom | country: ETH | role: Foreign Minister | from: 2012-11-29 | to: 2016-11-01
person tedros-adhanom | Tedros Adhanom Ghebreyesus | role: Director-General | org: WHO | from: 2017-07-01
person moreno-ocampo-luis | Luis Moreno Ocampo | alias: Moreno Ocampo; Luis Moreno-Ocampo; Moreno-Ocampo | role: Prosecutor | org: ICC | from: 2003-06-16 | to: 2012-06-15
person bensouda-fatou | Fatou Bensouda | alias: Bensouda | role: Prosecutor | org: ICC | from: 2012-06-16 | to: 2021-06-15
# Karim Khan: "Khan" is not an alias (Imran Khan, Sadiq Khan); on leave since May 2025, still in office
person khan-karim | Karim Khan | alias: Karim A.A. Khan; Karim A. A. Khan; Karim Ahmad Khan | role: Prosecutor | org: ICC | from: 2021-06-16
# Lazzarini: start approx. (appointed March 2020)
person lazzarini-philippe | Philippe Lazzarini | alias: Lazzarini | role: Commissioner-General | org: UNRWA | from: 2020-04-01
person aboul-gheit-ahmed | Ahmed Aboul Gheit | alias: Aboul Gheit; Ahmed Aboul-Gheit; Aboul-Gheit | country: EGY | role: Foreign Minister | from: 2004-07-14 | to: 2011-03-06
person aboul-gheit-ahmed | Ahmed Aboul Gheit | role: Secretary-General | org: ARAB-LEAGUE | from: 2016-07-01
person elaraby-nabil | Nabil Elaraby | alias: Elaraby; Nabil al-Arabi; Nabil el-Araby | country: EGY | role: Foreign Minister | from: 2011-03-06 | to: 2011-07-01
person elaraby-nabil | Nabil Elaraby | role: Secretary-General | org: ARAB-LEAGUE | from: 2011-07-01 | to: 2016-06-30
person georgieva-kristalina | Kristalina Georgieva | alias: Georgieva | role: Managing Director of the International Monetary Fund | org: IMF | from: 2019-10-01

# ---------------------------------------------------------------- India ("Singh", "Patil", "Krishna" are not aliases)
person singh-manmohan | Manmohan Singh | country: IND | role: Prime Minister | from: 2004-05-22 | to: 2014-05-26
person modi-narendra | Narendra Modi | alias: Modi; Narendra Damodardas Modi | country: IND | role: Prime Minister | from: 2014-05-26
person patil-pratibha | Pratibha Patil | country: IND | role: President | from: 2007-07-25 | to: 2012-07-25
person mukherjee-pranab | Pranab Mukherjee | country: IND | role: President | from: 2012-07-25 | to: 2017-07-25
person kovind-ram-nath | Ram Nath Kovind | alias: Kovind | country: IND | role: President | from: 2017-07-25 | to: 2022-07-25
person murmu-droupadi | Droupadi Murmu | alias: Murmu | country: IND | role: President | from: 2022-07-25
person krishna-sm | S. M. Krishna | alias: S.M. Krishna | country: IND | role: Foreign Minister | from: 2009-05-22 | to: 2012-10-28
person khurshid-salman | Salman Khurshid | alias: Khurshid | country: IND | role: Foreign Minister | from: 2012-10-28 | to: 2014-05-26
person swaraj-sushma | Sushma Swaraj | alias: Swaraj | country: IND | role: Foreign Minister | from: 2014-05-26 | to: 2019-05-30
person jaishankar-s | S. Jaishankar | alias: Jaishankar; Subrahmanyam Jaishankar; S Jaishankar | country: IND | role: Foreign Minister | from: 2019-05-30
person doval-ajit | Ajit Doval | alias: Doval | country: IND | role: National Security Adviser | from: 2014-05-30
person rajnath-singh | Rajnath Singh | country: IND | role: Defence Minister | from: 2019-05-31

# ---------------------------------------------------------------- Brazil
person lula-da-silva | Luiz Inácio Lula da Silva | alias: Lula; Lula da Silva; Luiz Inacio Lula da Silva; Luiz Inácio Lula | country: BRA | role: President | from: 2003-01-01 | to: 2011-01-01
person lula-da-silva | Luiz Inácio Lula da Silva | country: BRA | role: President | from: 2023-01-01
person rousseff-dilma | Dilma Rousseff | alias: Rousseff; Dilma | country: BRA | role: President | from: 2011-01-01 | to: 2016-08-31
person temer-michel | Michel Temer | alias: Temer | country: BRA | role: Vice President | from: 2011-01-01 | to: 2016-08-31
person temer-michel | Michel Temer | country: BRA | role: President | from: 2016-08-31 | to: 2019-01-01
person bolsonaro-jair | Jair Bolsonaro | alias: Bolsonaro; Jair Messias Bolsonaro | country: BRA | role: President | from: 2019-01-01 | to: 2023-01-01
person amorim-celso | Celso Amorim | alias: Amorim | country: BRA | role: Foreign Minister | from: 2003-01-01 | to: 2011-01-01
person patriota-antonio | Antonio Patriota | alias: Patriota; Antônio Patriota | country: BRA | role: Foreign Minister | from: 2011-01-01 | to: 2013-08-26
person figueiredo-luiz-alberto | Luiz Alberto Figueiredo | country: BRA | role: Foreign Minister | from: 2013-08-28 | to: 2015-01-01
person vieira-mauro | Mauro Vieira | country: BRA | role: Foreign Minister | from: 2015-01-01 | to: 2016-05-12
person vieira-mauro | Mauro Vieira | country: BRA | role: Foreign Minister | from: 2023-01-01
person serra-jose | José Serra | alias: Jose Serra | country: BRA | role: Foreign Minister | from: 2016-05-12 | to: 2017-02-22
person nunes-aloysio | Aloysio Nunes | alias: Aloysio Nunes Ferreira | country: BRA | role: Foreign Minister | from: 2017-03-07 | to: 2019-01-01
person araujo-ernesto | Ernesto Araújo | alias: Ernesto Araujo | country: BRA | role: Foreign Minister | from: 2019-01-01 | to: 2021-03-29
person franca-carlos | Carlos França | alias: Carlos Franca; Carlos Alberto França | country: BRA | role: Foreign Minister | from: 2021-04-06 | to: 2023-01-01

# ---------------------------------------------------------------- Argentina ("Fernández" is not an alias: two presidents)
person fernandez-de-kirchner-cristina | Cristina Fernández de Kirchner | alias: Kirchner; Cristina Kirchner; Cristina Fernandez de Kirchner; Cristina Fernández | country: ARG | role: President | from: 2007-12-10 | to: 2015-12-10
person fernandez-de-kirchner-cristina | Cristina Fernández de Kirchner | country: ARG | role: Vice President | from: 2019-12-10 | to: 2023-12-10
person macri-mauricio | Mauricio Macri | alias: Macri | country: ARG | role: President | from: 2015-12-10 | to: 2019-12-10
person fernandez-alberto | Alberto Fernández | alias: Alberto Fernandez | country: ARG | role: President | from: 2019-12-10 | to: 2023-12-10
person milei-javier | Javier Milei | alias: Milei | country: ARG | role: President | from: 2023-12-10
person timerman-hector | Héctor Timerman | alias: Timerman; Hector Timerman | country: ARG | role: Foreign Minister | from: 2010-06-18 | to: 2015-12-10
person malcorra-susana | Susana Malcorra | alias: Malcorra | country: ARG | role: Foreign Minister | from: 2015-12-10 | to: 2017-06-12
person faurie-jorge | Jorge Faurie | alias: Faurie | country: ARG | role: Foreign Minister | from: 2017-06-12 | to: 2019-12-10
person sola-felipe | Felipe Solá | alias: Felipe Sola | country: ARG | role: Foreign Minister | from: 2019-12-10 | to: 2021-09-20
person cafiero-santiago | Santiago Cafiero | alias: Cafiero | country: ARG | role: Foreign Minister | from: 2021-09-20 | to: 2023-12-10
person mondino-diana | Diana Mondino | alias: Mondino | country: ARG | role: Foreign Minister | from: 2023-12-10 | to: 2024-10-30
# Werthein: end approx. (resigned in October 2025)
person werthein-gerardo | Gerardo Werthein | alias: Werthein | country: ARG | role: Foreign Minister | from: 2024-10-30 | to: 2025-10-22

# ---------------------------------------------------------------- Mexico
person calderon-felipe | Felipe Calderón | alias: Calderón; Calderon; Felipe Calderon | country: MEX | role: President | from: 2006-12-01 | to: 2012-11-30
person pena-nieto-enrique | Enrique Peña Nieto | alias: Peña Nieto; Pena Nieto; Enrique Pena Nieto | country: MEX | role: President | from: 2012-12-01 | to: 2018-11-30
person lopez-obrador-andres-manuel | Andrés Manuel López Obrador | alias: López Obrador; Lopez Obrador; AMLO; Andres Manuel Lopez Obrador | country: MEX | role: President | from: 2018-12-01 | to: 2024-09-30
person sheinbaum-claudia | Claudia Sheinbaum | alias: Sheinbaum; Claudia Sheinbaum Pardo | country: MEX | role: President | from: 2024-10-01
person espinosa-patricia | Patricia Espinosa | country: MEX | role: Foreign Minister | from: 2006-12-01 | to: 2012-11-30
person meade-jose-antonio | José Antonio Meade | alias: Meade; Jose Antonio Meade | country: MEX | role: Foreign Minister | from: 2012-12-01 | to: 2015-08-27
person ruiz-massieu-claudia | Claudia Ruiz Massieu | alias: Ruiz Massieu | country: MEX | role: Foreign Minister | from: 2015-08-27 | to: 2017-01-04
person videgaray-luis | Luis Videgaray | alias: Videgaray | country: MEX | role: Foreign Minister | from: 2017-01-04 | to: 2018-11-30
person ebrard-marcelo | Marcelo Ebrard | alias: Ebrard | country: MEX | role: Foreign Minister | from: 2018-12-01 | to: 2023-06-12
person barcena-alicia | Alicia Bárcena | alias: Bárcena; Barcena; Alicia Barcena | country: MEX | role: Foreign Minister | from: 2023-07-03 | to: 2024-09-30
person de-la-fuente-juan-ramon | Juan Ramón de la Fuente | alias: Juan Ramon de la Fuente | country: MEX | role: Foreign Minister | from: 2024-10-01

# ---------------------------------------------------------------- Indonesia
person yudhoyono-susilo-bambang | Susilo Bambang Yudhoyono | alias: Yudhoyono; SBY | country: IDN | role: President | from: 2004-10-20 | to: 2014-10-20
person widodo-joko | Joko Widodo | alias: Jokowi; Widodo | country: IDN | role: President | from: 2014-10-20 | to: 2024-10-20
person prabowo-subianto | Prabowo Subianto | alias: Prabowo | country: IDN | role: Defense Minister | from: 2019-10-23 | to: 2024-10-20
person prabowo-subianto | Prabowo Subianto | country: IDN | role: President | from: 2024-10-20
person natalegawa-marty | Marty Natalegawa | alias: Natalegawa | country: IDN | role: Foreign Minister | from: 2009-10-22 | to: 2014-10-20
person marsudi-retno | Retno Marsudi | alias: Marsudi; Retno L.P. Marsudi | country: IDN | role: Foreign Minister | from: 2014-10-27 | to: 2024-10-20
person sugiono | Sugiono | country: IDN | role: Foreign Minister | from: 2024-10-21

# ---------------------------------------------------------------- Saudi Arabia
# "King Abdullah" is not an alias (Saudi Arabia to 2015, Jordan); "Salman"
# alone is not either (it is part of "Mohammed bin Salman"). The king was
# also prime minister until 2022-09-27.
person abdullah-bin-abdulaziz | Abdullah bin Abdulaziz | alias: Abdullah bin Abdulaziz Al Saud; King Abdullah bin Abdulaziz | country: SAU | role: King | from: 2005-08-01 | to: 2015-01-23
person salman-bin-abdulaziz | Salman bin Abdulaziz | alias: King Salman; Salman bin Abdulaziz Al Saud; King Salman bin Abdulaziz | country: SAU | role: Crown Prince | from: 2012-06-18 | to: 2015-01-23
person salman-bin-abdulaziz | Salman bin Abdulaziz | country: SAU | role: King | from: 2015-01-23
person muqrin-bin-abdulaziz | Muqrin bin Abdulaziz | alias: Prince Muqrin | country: SAU | role: Crown Prince | from: 2015-01-23 | to: 2015-04-29
person bin-nayef-mohammed | Mohammed bin Nayef | alias: Mohammed bin Nayef Al Saud; Prince Mohammed bin Nayef | country: SAU | role: Crown Prince | from: 2015-04-29 | to: 2017-06-21
person bin-salman-mohammed | Mohammed bin Salman | alias: MBS; Mohammad bin Salman; Mohammed bin Salman Al Saud; Prince Mohammed bin Salman | country: SAU | role: Defense Minister | from: 2015-01-23 | to: 2022-09-27
person bin-salman-mohammed | Mohammed bin Salman | country: SAU | role: Crown Prince | from: 2017-06-21
person bin-salman-mohammed | Mohammed bin Salman | country: SAU | role: Prime Minister | from: 2022-09-27
person saud-al-faisal | Saud al-Faisal | alias: Prince Saud al-Faisal; Saud Al-Faisal | country: SAU | role: Foreign Minister | from: 1975-10-13 | to: 2015-04-29
person al-jubeir-adel | Adel al-Jubeir | alias: Jubeir; al-Jubeir; Adel Al-Jubeir; Adel bin Ahmed Al-Jubeir | country: SAU | role: Foreign Minister | from: 2015-04-29 | to: 2018-12-27
person al-jubeir-adel | Adel al-Jubeir | country: SAU | role: Minister of State for Foreign Affairs | from: 2018-12-27
person al-assaf-ibrahim | Ibrahim al-Assaf | alias: Ibrahim Al-Assaf | country: SAU | role: Foreign Minister | from: 2018-12-27 | to: 2019-10-23
person bin-farhan-faisal | Faisal bin Farhan | alias: Faisal bin Farhan Al Saud; Prince Faisal bin Farhan; Faisal bin Farhan al-Saud | country: SAU | role: Foreign Minister | from: 2019-10-23

# ---------------------------------------------------------------- South Africa
person zuma-jacob | Jacob Zuma | alias: Zuma | country: ZAF | role: President | from: 2009-05-09 | to: 2018-02-14
person ramaphosa-cyril | Cyril Ramaphosa | alias: Ramaphosa | country: ZAF | role: Deputy President | from: 2014-05-26 | to: 2018-02-15
person ramaphosa-cyril | Cyril Ramaphosa | country: ZAF | role: President | from: 2018-02-15
person nkoana-mashabane-maite | Maite Nkoana-Mashabane | alias: Nkoana-Mashabane | country: ZAF | role: Foreign Minister | from: 2009-05-10 | to: 2018-02-26
person sisulu-lindiwe | Lindiwe Sisulu | country: ZAF | role: Foreign Minister | from: 2018-02-27 | to: 2019-05-29
person pandor-naledi | Naledi Pandor | alias: Pandor | country: ZAF | role: Foreign Minister | from: 2019-05-30 | to: 2024-07-03
person lamola-ronald | Ronald Lamola | alias: Lamola | country: ZAF | role: Foreign Minister | from: 2024-07-03

# ---------------------------------------------------------------- South Korea
# "Lee", "Park", "Kim", "Moon" (also the Moon), "Chung", "Cho", "Han" are not aliases.
person lee-myung-bak | Lee Myung-bak | alias: Lee Myung Bak | country: KOR | role: President | from: 2008-02-25 | to: 2013-02-24
person park-geun-hye | Park Geun-hye | alias: Park Geun Hye | country: KOR | role: President | from: 2013-02-25 | to: 2017-03-10
person hwang-kyo-ahn | Hwang Kyo-ahn | country: KOR | role: Prime Minister | from: 2015-06-18 | to: 2017-05-11
person moon-jae-in | Moon Jae-in | alias: Moon Jae In | country: KOR | role: President | from: 2017-05-10 | to: 2022-05-09
person yoon-suk-yeol | Yoon Suk Yeol | alias: Yoon; Yoon Suk-yeol | country: KOR | role: President | from: 2022-05-10 | to: 2025-04-04
person han-duck-soo | Han Duck-soo | alias: Han Duck Soo | country: KOR | role: Prime Minister | from: 2022-05-21 | to: 2025-05-01
person choi-sang-mok | Choi Sang-mok | country: KOR | role: Acting President | from: 2024-12-27 | to: 2025-03-24
person lee-jae-myung | Lee Jae-myung | alias: Lee Jae Myung | country: KOR | role: President | from: 2025-06-04
person kim-sung-hwan | Kim Sung-hwan | country: KOR | role: Foreign Minister | from: 2010-10-08 | to: 2013-03-10
person yun-byung-se | Yun Byung-se | alias: Yun Byung Se | country: KOR | role: Foreign Minister | from: 2013-03-11 | to: 2017-06-18
person kang-kyung-wha | Kang Kyung-wha | alias: Kang Kyung Wha | country: KOR | role: Foreign Minister | from: 2017-06-18 | to: 2021-02-08
person chung-eui-yong | Chung Eui-yong | alias: Chung Eui Yong | country: KOR | role: National Security Adviser | from: 2017-05-21 | to: 2020-07-03
person chung-eui-yong | Chung Eui-yong | country: KOR | role: Foreign Minister | from: 2021-02-09 | to: 2022-05-11
person park-jin | Park Jin | country: KOR | role: Foreign Minister | from: 2022-05-12 | to: 2024-01-10
# Cho Tae-yul: end approx. (left with the change of government in June 2025)
person cho-tae-yul | Cho Tae-yul | alias: Cho Tae Yul | country: KOR | role: Foreign Minister | from: 2024-01-11 | to: 2025-06-04
person cho-hyun | Cho Hyun | country: KOR | role: Foreign Minister | from: 2025-07-19

# ---------------------------------------------------------------- Turkey
person erdogan-recep-tayyip | Recep Tayyip Erdoğan | alias: Erdogan; Erdoğan; Recep Tayyip Erdogan; Tayyip Erdogan; Tayyip Erdoğan | country: TUR | role: Prime Minister | from: 2003-03-14 | to: 2014-08-28
person erdogan-recep-tayyip | Recep Tayyip Erdoğan | country: TUR | role: President | from: 2014-08-28
person gul-abdullah | Abdullah Gül | alias: Gül; Gul; Abdullah Gul | country: TUR | role: President | from: 2007-08-28 | to: 2014-08-28
person davutoglu-ahmet | Ahmet Davutoğlu | alias: Davutoglu; Davutoğlu; Ahmet Davutoglu | country: TUR | role: Foreign Minister | from: 2009-05-01 | to: 2014-08-29
person davutoglu-ahmet | Ahmet Davutoğlu | country: TUR | role: Prime Minister | from: 2014-08-28 | to: 2016-05-24
person yildirim-binali | Binali Yıldırım | alias: Yildirim; Yıldırım; Binali Yildirim | country: TUR | role: Prime Minister | from: 2016-05-24 | to: 2018-07-09
person cavusoglu-mevlut | Mevlüt Çavuşoğlu | alias: Cavusoglu; Çavuşoğlu; Mevlut Cavusoglu | country: TUR | role: Foreign Minister | from: 2014-08-29 | to: 2015-08-28
person cavusoglu-mevlut | Mevlüt Çavuşoğlu | country: TUR | role: Foreign Minister | from: 2015-11-24 | to: 2023-06-03
person sinirlioglu-feridun | Feridun Sinirlioğlu | alias: Sinirlioglu; Feridun Sinirlioglu | country: TUR | role: Foreign Minister | from: 2015-08-28 | to: 2015-11-24
person fidan-hakan | Hakan Fidan | alias: Fidan | country: TUR | role: Director of the National Intelligence Organization | org: TUR-MIT | from: 2010-05-27 | to: 2023-06-04
person fidan-hakan | Hakan Fidan | country: TUR | role: Foreign Minister | from: 2023-06-04
# Kalin: spokesperson start approx. (December 2014)
person kalin-ibrahim | İbrahim Kalın | alias: Ibrahim Kalin; Kalin; Kalın | country: TUR | role: Presidential Spokesperson | from: 2014-12-01 | to: 2023-06-05
person kalin-ibrahim | İbrahim Kalın | country: TUR | role: Director of the National Intelligence Organization | org: TUR-MIT | from: 2023-06-05

# ---------------------------------------------------------------- Syria
person al-assad-bashar | Bashar al-Assad | alias: Assad; al-Assad; Bashar al Assad; Bashar Assad; Bashar al-Asad | country: SYR | role: President | from: 2000-07-17 | to: 2024-12-08
person al-sharaa-ahmed | Ahmed al-Sharaa | alias: Sharaa; al-Sharaa; Ahmad al-Sharaa; Ahmed al-Shara; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; Abu Mohammed al-Golani; Jolani; al-Jolani; Julani; al-Julani | country: SYR | role: Leader | org: HTS | from: 2017-01-28 | to: 2025-01-29
person al-sharaa-ahmed | Ahmed al-Sharaa | country: SYR | role: President | from: 2025-01-29
person muallem-walid | Walid Muallem | alias: Muallem; Moallem; Walid al-Moallem; Walid al-Muallem | country: SYR | role: Foreign Minister | from: 2006-02-11 | to: 2020-11-16
person mekdad-faisal | Faisal Mekdad | alias: Mekdad; Miqdad; Faisal al-Mekdad; Faisal al-Miqdad | country: SYR | role: Foreign Minister | from: 2020-11-22 | to: 2024-12-08
person al-shaibani-asaad | Asaad al-Shaibani | alias: Shaibani; al-Shaibani; Asaad Hassan al-Shaibani; Asaad al-Shibani; Assad al-Shaibani | country: SYR | role: Foreign Minister | from: 2024-12-21
person hijab-riyad | Riyad Hijab | alias: Riad Hijab | country: SYR | role: Prime Minister | from: 2012-06-23 | to: 2012-08-06
person al-halqi-wael | Wael al-Halqi | alias: Halqi | country: SYR | role: Prime Minister | from: 2012-08-09 | to: 2016-07-03
person khamis-imad | Imad Khamis | country: SYR | role: Prime Minister | from: 2016-07-03 | to: 2020-06-11
person arnous-hussein | Hussein Arnous | alias: Arnous | country: SYR | role: Prime Minister | from: 2020-06-11 | to: 2024-09-14
person al-jalali-mohammad-ghazi | Mohammad Ghazi al-Jalali | alias: Mohammed Ghazi al-Jalali | country: SYR | role: Prime Minister | from: 2024-09-14 | to: 2024-12-10
person al-bashir-mohammed | Mohammed al-Bashir | alias: Mohammad al-Bashir | country: SYR | role: Prime Minister | from: 2024-12-10 | to: 2025-03-29

# ---------------------------------------------------------------- Iran
person khamenei-ali | Ali Khamenei | alias: Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Ali Hosseini Khamenei | country: IRN | role: Supreme Leader | from: 1989-06-04
person ahmadinejad-mahmoud | Mahmoud Ahmadinejad | alias: Ahmadinejad | country: IRN | role: President | from: 2005-08-03 | to: 2013-08-03
person rouhani-hassan | Hassan Rouhani | alias: Rouhani; Rohani; Hassan Rohani | country: IRN | role: President | from: 2013-08-03 | to: 2021-08-03
person raisi-ebrahim | Ebrahim Raisi | alias: Raisi; Raeisi; Ebrahim Raeisi; Ibrahim Raisi | country: IRN | role: President | from: 2021-08-03 | to: 2024-05-19
person mokhber-mohammad | Mohammad Mokhber | alias: Mokhber | country: IRN | role: Acting President | from: 2024-05-20 | to: 2024-07-28
person pezeshkian-masoud | Masoud Pezeshkian | alias: Pezeshkian; Massoud Pezeshkian | country: IRN | role: President | from: 2024-07-28
person mottaki-manouchehr | Manouchehr Mottaki | alias: Mottaki | country: IRN | role: Foreign Minister | from: 2005-08-24 | to: 2010-12-13
person salehi-ali-akbar | Ali Akbar Salehi | alias: Salehi | country: IRN | role: Head of the Atomic Energy Organization | org: IRN-AEOI | from: 2009-07-16 | to: 2010-12-13
person salehi-ali-akbar | Ali Akbar Salehi | country: IRN | role: Foreign Minister | from: 2010-12-13 | to: 2013-08-15
person salehi-ali-akbar | Ali Akbar Salehi | country: IRN | role: Head of the Atomic Energy Organization | org: IRN-AEOI | from: 2013-08-16 | to: 2021-08-29
person zarif-mohammad-javad | Mohammad Javad Zarif | alias: Zarif; Javad Zarif | country: IRN | role: Foreign Minister | from: 2013-08-15 | to: 2021-08-25
person amir-abdollahian-hossein | Hossein Amir-Abdollahian | alias: Amir-Abdollahian; Amirabdollahian; Hossein Amirabdollahian | country: IRN | role: Foreign Minister | from: 2021-08-25 | to: 2024-05-19
person bagheri-kani-ali | Ali Bagheri Kani | alias: Bagheri Kani; Ali Bagheri | country: IRN | role: Acting Foreign Minister | from: 2024-05-20 | to: 2024-08-21
person araghchi-abbas | Abbas Araghchi | alias: Araghchi; Araqchi; Abbas Araqchi | country: IRN | role: Foreign Minister | from: 2024-08-21
# Soleimani: start approx. (appointed in 1998)
person soleimani-qassem | Qassem Soleimani | alias: Soleimani; Qasem Soleimani; Ghasem Soleimani; Suleimani; Qassem Suleimani | country: IRN | role: Commander | org: IRN-QUDS | from: 1998-01-01 | to: 2020-01-03
person qaani-esmail | Esmail Qaani | alias: Qaani; Esmail Ghaani; Ismail Qaani | country: IRN | role: Commander | org: IRN-QUDS | from: 2020-01-03
person salami-hossein | Hossein Salami | alias: Salami | country: IRN | role: Commander | org: IRN-IRGC | from: 2019-04-21 | to: 2025-06-13
person shamkhani-ali | Ali Shamkhani | alias: Shamkhani | country: IRN | role: Secretary of the Supreme National Security Council | org: IRN-SNSC | from: 2013-09-10 | to: 2023-05-22
person ghalibaf-mohammad-bagher | Mohammad Bagher Ghalibaf | alias: Ghalibaf; Mohammad Baqer Qalibaf; Qalibaf | country: IRN | role: Speaker of Parliament | from: 2020-05-28

# ---------------------------------------------------------------- Israel
# "Bennett", "Katz", "Cohen", "Barak", "Lieberman" (Joe Lieberman) are not aliases.
person netanyahu-benjamin | Benjamin Netanyahu | alias: Netanyahu; Bibi; Binyamin Netanyahu; Bibi Netanyahu | country: ISR | role: Prime Minister | from: 2009-03-31 | to: 2021-06-13
person netanyahu-benjamin | Benjamin Netanyahu | country: ISR | role: Prime Minister | from: 2022-12-29
person bennett-naftali | Naftali Bennett | country: ISR | role: Defense Minister | from: 2019-11-12 | to: 2020-05-17
person bennett-naftali | Naftali Bennett | country: ISR | role: Prime Minister | from: 2021-06-13 | to: 2022-06-30
person lapid-yair | Yair Lapid | alias: Lapid | country: ISR | role: Foreign Minister | from: 2021-06-13 | to: 2022-12-29
person lapid-yair | Yair Lapid | country: ISR | role: Prime Minister | from: 2022-07-01 | to: 2022-12-29
person peres-shimon | Shimon Peres | alias: Peres | country: ISR | role: President | from: 2007-07-15 | to: 2014-07-24
person rivlin-reuven | Reuven Rivlin | alias: Rivlin | country: ISR | role: President | from: 2014-07-24 | to: 2021-07-07
person herzog-isaac | Isaac Herzog | alias: Herzog; Yitzhak Herzog | country: ISR | role: President | from: 2021-07-07
person lieberman-avigdor | Avigdor Lieberman | alias: Avigdor Liberman; Liberman | country: ISR | role: Foreign Minister | from: 2009-03-31 | to: 2012-12-18
person lieberman-avigdor | Avigdor Lieberman | country: ISR | role: Foreign Minister | from: 2013-11-11 | to: 2015-05-14
person lieberman-avigdor | Avigdor Lieberman | country: ISR | role: Defense Minister | from: 2016-05-30 | to: 2018-11-14
person katz-israel | Israel Katz | alias: Yisrael Katz | country: ISR | role: Foreign Minister | from: 2019-02-17 | to: 2020-05-17
person katz-israel | Israel Katz | country: ISR | role: Foreign Minister | from: 2024-01-01 | to: 2024-11-05
person katz-israel | Israel Katz | country: ISR | role: Defense Minister | from: 2024-11-05
person ashkenazi-gabi | Gabi Ashkenazi | country: ISR | role: Foreign Minister | from: 2020-05-17 | to: 2021-06-13
person cohen-eli | Eli Cohen | country: ISR | role: Foreign Minister | from: 2023-01-02 | to: 2024-01-01
person saar-gideon | Gideon Sa'ar | alias: Sa'ar; Saar; Gideon Saar | country: ISR | role: Foreign Minister | from: 2024-11-05
person barak-ehud | Ehud Barak | country: ISR | role: Defense Minister | from: 2007-06-18 | to: 2013-03-18
person yaalon-moshe | Moshe Ya'alon | alias: Ya'alon; Yaalon; Moshe Yaalon | country: ISR | role: Defense Minister | from: 2013-03-18 | to: 2016-05-20
person gantz-benny | Benny Gantz | alias: Gantz | country: ISR | role: Defense Minister | from: 2020-05-17 | to: 2022-12-29
person gallant-yoav | Yoav Gallant | alias: Gallant | country: ISR | role: Defense Minister | from: 2022-12-29 | to: 2024-11-05

# ---------------------------------------------------------------- Palestinians
# "Abbas" is Mahmoud Abbas ("Abbas Araghchi" is matched by his full name); Riyad
# al-Maliki gets no "Maliki" alias (Nouri al-Maliki, Iraq).
person abbas-mahmoud | Mahmoud Abbas | alias: Abbas; Abu Mazen | country: PSE | role: President | org: PSE-PA | from: 2005-01-15
person fayyad-salam | Salam Fayyad | alias: Fayyad | country: PSE | role: Prime Minister | org: PSE-PA | from: 2007-06-15 | to: 2013-06-06
person hamdallah-rami | Rami Hamdallah | alias: Hamdallah | country: PSE | role: Prime Minister | org: PSE-PA | from: 2013-06-06 | to: 2019-04-14
person shtayyeh-mohammad | Mohammad Shtayyeh | alias: Shtayyeh; Mohammed Shtayyeh | country: PSE | role: Prime Minister | org: PSE-PA | from: 2019-04-14 | to: 2024-03-31
person mustafa-mohammad | Mohammad Mustafa | country: PSE | role: Prime Minister | org: PSE-PA | from: 2024-03-31
person al-maliki-riyad | Riyad al-Maliki | alias: Riad Malki; Riyad al-Malki; Riad al-Malki | country: PSE | role: Foreign Minister | org: PSE-PA | from: 2007-06-17 | to: 2024-03-31
person haniyeh-ismail | Ismail Haniyeh | alias: Haniyeh; Ismail Haniya; Haniya | country: PSE | role: Head of the Political Bureau | org: HAMAS | from: 2017-05-06 | to: 2024-07-31
# Meshaal: start approx. (1996)
person meshaal-khaled | Khaled Meshaal | alias: Meshaal; Mashaal; Khaled Mashaal; Khaled Meshal; Khalid Mishaal | country: PSE | role: Head of the Political Bureau | org: HAMAS | from: 1996-01-01 | to: 2017-05-06
person sinwar-yahya | Yahya Sinwar | alias: Sinwar; Yehya Sinwar | country: PSE | role: Gaza Leader | org: HAMAS | from: 2017-02-13 | to: 2024-10-16
person sinwar-yahya | Yahya Sinwar | country: PSE | role: Head of the Political Bureau | org: HAMAS | from: 2024-08-06 | to: 2024-10-16

# ---------------------------------------------------------------- Ukraine
person yanukovych-viktor | Viktor Yanukovych | alias: Yanukovych; Yanukovich; Viktor Yanukovich | country: UKR | role: President | from: 2010-02-25 | to: 2014-02-22
person turchynov-oleksandr | Oleksandr Turchynov | alias: Turchynov; Oleksandr Turchinov | country: UKR | role: Acting President | from: 2014-02-23 | to: 2014-06-07
person poroshenko-petro | Petro Poroshenko | alias: Poroshenko | country: UKR | role: President | from: 2014-06-07 | to: 2019-05-20
person zelenskyy-volodymyr | Volodymyr Zelenskyy | alias: Zelenskyy; Zelensky; Zelenskiy; Volodymyr Zelensky; Volodymyr Zelenskiy | country: UKR | role: President | from: 2019-05-20
person tymoshenko-yulia | Yulia Tymoshenko | alias: Tymoshenko; Yulia Timoshenko | country: UKR | role: Prime Minister | from: 2007-12-18 | to: 2010-03-04
person azarov-mykola | Mykola Azarov | alias: Azarov; Nikolai Azarov | country: UKR | role: Prime Minister | from: 2010-03-11 | to: 2014-01-28
person yatsenyuk-arseniy | Arseniy Yatsenyuk | alias: Yatsenyuk; Arseny Yatsenyuk | country: UKR | role: Prime Minister | from: 2014-02-27 | to: 2016-04-14
person groysman-volodymyr | Volodymyr Groysman | alias: Groysman; Hroisman | country: UKR | role: Prime Minister | from: 2016-04-14 | to: 2019-08-29
person honcharuk-oleksiy | Oleksiy Honcharuk | alias: Honcharuk | country: UKR | role: Prime Minister | from: 2019-08-29 | to: 2020-03-04
person shmyhal-denys | Denys Shmyhal | alias: Shmyhal; Denys Shmygal | country: UKR | role: Prime Minister | from: 2020-03-04 | to: 2025-07-17
person shmyhal-denys | Denys Shmyhal | country: UKR | role: Defense Minister | from: 2025-07-17
person svyrydenko-yulia | Yulia Svyrydenko | alias: Svyrydenko | country: UKR | role: Prime Minister | from: 2025-07-17
person gryshchenko-kostyantyn | Kostyantyn Gryshchenko | alias: Gryshchenko; Konstantin Grishchenko | country: UKR | role: Foreign Minister | from: 2010-03-11 | to: 2012-12-24
person kozhara-leonid | Leonid Kozhara | alias: Kozhara | country: UKR | role: Foreign Minister | from: 2012-12-24 | to: 2014-02-23
person deshchytsia-andrii | Andrii Deshchytsia | alias: Deshchytsia; Andriy Deshchytsia | country: UKR | role: Acting Foreign Minister | from: 2014-02-27 | to: 2014-06-19
person klimkin-pavlo | Pavlo Klimkin | alias: Klimkin | country: UKR | role: Foreign Minister | from: 2014-06-19 | to: 2019-08-29
person prystaiko-vadym | Vadym Prystaiko | alias: Prystaiko | country: UKR | role: Foreign Minister | from: 2019-08-29 | to: 2020-03-04
person kuleba-dmytro | Dmytro Kuleba | alias: Kuleba | country: UKR | role: Foreign Minister | from: 2020-03-04 | to: 2024-09-05
person sybiha-andrii | Andrii Sybiha | alias: Sybiha; Andriy Sybiha | country: UKR | role: Foreign Minister | from: 2024-09-05
person reznikov-oleksii | Oleksii Reznikov | alias: Reznikov; Oleksiy Reznikov | country: UKR | role: Defense Minister | from: 2021-11-04 | to: 2023-09-05
person umerov-rustem | Rustem Umerov | alias: Umerov | country: UKR | role: Defense Minister | from: 2023-09-06 | to: 2025-07-17
person yermak-andriy | Andriy Yermak | alias: Yermak; Andrii Yermak | country: UKR | role: Head of the Presidential Office | from: 2020-02-11 | to: 2025-11-28
person zaluzhnyi-valerii | Valerii Zaluzhnyi | alias: Zaluzhnyi; Valery Zaluzhny; Zaluzhny | country: UKR | role: Commander-in-Chief of the Armed Forces | from: 2021-07-27 | to: 2024-02-08
person syrskyi-oleksandr | Oleksandr Syrskyi | alias: Syrskyi; Oleksandr Syrsky; Syrsky | country: UKR | role: Commander-in-Chief of the Armed Forces | from: 2024-02-08

# ---------------------------------------------------------------- Egypt
person mubarak-hosni | Hosni Mubarak | alias: Mubarak | country: EGY | role: President | from: 1981-10-14 | to: 2011-02-11
person tantawi-mohamed-hussein | Mohamed Hussein Tantawi | alias: Tantawi | country: EGY | role: Chairman of the Supreme Council of the Armed Forces | org: EGY-SCAF | from: 2011-02-11 | to: 2012-06-30
person morsi-mohamed | Mohamed Morsi | alias: Morsi; Mursi; Mohammed Morsi; Mohamed Mursi | country: EGY | role: President | from: 2012-06-30 | to: 2013-07-03
person mansour-adly | Adly Mansour | country: EGY | role: Interim President | from: 2013-07-04 | to: 2014-06-08
person sisi-abdel-fattah | Abdel Fattah al-Sisi | alias: Sisi; el-Sisi; al-Sisi; Sissi; Abdel Fattah el-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah el-Sissi | country: EGY | role: Defense Minister | from: 2012-08-12 | to: 2014-03-26
person sisi-abdel-fattah | Abdel Fattah al-Sisi | country: EGY | role: President | from: 2014-06-08
person madbouly-mostafa | Mostafa Madbouly | alias: Madbouly; Moustafa Madbouly | country: EGY | role: Prime Minister | from: 2018-06-07
# Kamel Amr: start approx. (July 2011)
person amr-mohamed-kamel | Mohamed Kamel Amr | country: EGY | role: Foreign Minister | from: 2011-07-17 | to: 2013-07-16
person fahmy-nabil | Nabil Fahmy | country: EGY | role: Foreign Minister | from: 2013-07-16 | to: 2014-06-17
person shoukry-sameh | Sameh Shoukry | alias: Shoukry; Sameh Shukri | country: EGY | role: Foreign Minister | from: 2014-06-17 | to: 2024-07-03
person abdelatty-badr | Badr Abdelatty | alias: Abdelatty; Badr Abdel Aty; Badr Abdel-Atty | country: EGY | role: Foreign Minister | from: 2024-07-03

# ---------------------------------------------------------------- Ethiopia, Sudan, South Sudan
person meles-zenawi | Meles Zenawi | alias: Meles | country: ETH | role: Prime Minister | from: 1995-08-23 | to: 2012-08-20
person hailemariam-desalegn | Hailemariam Desalegn | alias: Hailemariam | country: ETH | role: Foreign Minister | from: 2010-10-29 | to: 2012-11-29
person hailemariam-desalegn | Hailemariam Desalegn | country: ETH | role: Prime Minister | from: 2012-08-21 | to: 2018-04-02
person abiy-ahmed | Abiy Ahmed | alias: Abiy; Abiy Ahmed Ali | country: ETH | role: Prime Minister | from: 2018-04-02
person sahle-work-zewde | Sahle-Work Zewde | alias: Sahle-Work; Sahle-Work Zewdie | country: ETH | role: President | from: 2018-10-25 | to: 2024-10-07
person taye-atske-selassie | Taye Atske Selassie | alias: Taye Atske-Selassie | country: ETH | role: President | from: 2024-10-07
person al-bashir-omar | Omar al-Bashir | alias: Bashir; al-Bashir; Omar Hassan al-Bashir; Omar Bashir | country: SDN | role: President | from: 1989-06-30 | to: 2019-04-11
person al-burhan-abdel-fattah | Abdel Fattah al-Burhan | alias: Burhan; al-Burhan; Abdel-Fattah Burhan; Abdel Fattah Burhan | country: SDN | role: Chairman of the Sovereignty Council | from: 2019-08-21
person dagalo-mohamed-hamdan | Mohamed Hamdan Dagalo | alias: Dagalo; Hemedti; Hemeti; Mohamed Hamdan Daglo | country: SDN | role: Commander | org: RSF
person dagalo-mohamed-hamdan | Mohamed Hamdan Dagalo | country: SDN | role: Deputy Chairman of the Sovereignty Council | from: 2019-08-21 | to: 2023-05-19
person hamdok-abdalla | Abdalla Hamdok | alias: Hamdok; Abdallah Hamdok | country: SDN | role: Prime Minister | from: 2019-08-21 | to: 2022-01-02
person kiir-salva | Salva Kiir | alias: Kiir; Salva Kiir Mayardit | country: SSD | role: President | from: 2011-07-09
person machar-riek | Riek Machar | alias: Machar | country: SSD | role: Vice President | from: 2011-07-09 | to: 2013-07-23

# ---------------------------------------------------------------- Qatar, United Arab Emirates
person al-thani-hamad-bin-khalifa | Hamad bin Khalifa Al Thani | alias: Sheikh Hamad bin Khalifa; Hamad bin Khalifa | country: QAT | role: Emir | from: 1995-06-27 | to: 2013-06-25
person al-thani-tamim | Tamim bin Hamad Al Thani | alias: Sheikh Tamim; Emir Tamim; Tamim bin Hamad; Sheikh Tamim bin Hamad Al Thani | country: QAT | role: Emir | from: 2013-06-25
person al-thani-hamad-bin-jassim | Hamad bin Jassim Al Thani | alias: Hamad bin Jassim; Sheikh Hamad bin Jassim; Hamad bin Jassim bin Jaber Al Thani | country: QAT | role: Prime Minister | from: 2007-04-03 | to: 2013-06-26
# Hamad bin Jassim: foreign minister start approx. (1992)
person al-thani-hamad-bin-jassim | Hamad bin Jassim Al Thani | country: QAT | role: Foreign Minister | from: 1992-01-01 | to: 2013-06-26
person al-attiyah-khalid | Khalid al-Attiyah | alias: Khalid bin Mohammad Al Attiyah | country: QAT | role: Foreign Minister | from: 2013-06-26 | to: 2016-01-27
person al-thani-mohammed-bin-abdulrahman | Mohammed bin Abdulrahman Al Thani | alias: Mohammed bin Abdulrahman; Sheikh Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman al-Thani | country: QAT | role: Foreign Minister | from: 2016-01-27
person al-thani-mohammed-bin-abdulrahman | Mohammed bin Abdulrahman Al Thani | country: QAT | role: Prime Minister | from: 2023-03-07
person al-nahyan-khalifa-bin-zayed | Khalifa bin Zayed Al Nahyan | alias: Sheikh Khalifa bin Zayed; Khalifa bin Zayed | country: ARE | role: President | from: 2004-11-03 | to: 2022-05-13
person al-nahyan-mohamed-bin-zayed | Mohamed bin Zayed Al Nahyan | alias: MBZ; Mohamed bin Zayed; Mohammed bin Zayed; Sheikh Mohamed bin Zayed | country: ARE | role: Crown Prince of Abu Dhabi | from: 2004-11-02 | to: 2022-05-14
person al-nahyan-mohamed-bin-zayed | Mohamed bin Zayed Al Nahyan | country: ARE | role: President | from: 2022-05-14
person al-maktoum-mohammed-bin-rashid | Mohammed bin Rashid Al Maktoum | alias: Sheikh Mohammed bin Rashid; Mohammed bin Rashid | country: ARE | role: Prime Minister | from: 2006-01-05
person al-nahyan-abdullah-bin-zayed | Abdullah bin Zayed Al Nahyan | alias: Abdullah bin Zayed; Sheikh Abdullah bin Zayed | country: ARE | role: Foreign Minister | from: 2006-02-09

# ---------------------------------------------------------------- Pakistan
# "Sharif" (Nawaz, Shehbaz, Raheel), "Zardari" (Asif Ali, Bilawal Bhutto), "Khan", "Qureshi" are not aliases.
person gilani-yousaf-raza | Yousaf Raza Gilani | alias: Gilani; Yusuf Raza Gilani | country: PAK | role: Prime Minister | from: 2008-03-25 | to: 2012-06-19
person ashraf-raja-pervaiz | Raja Pervaiz Ashraf | country: PAK | role: Prime Minister | from: 2012-06-22 | to: 2013-03-25
person sharif-nawaz | Nawaz Sharif | alias: Muhammad Nawaz Sharif | country: PAK | role: Prime Minister | from: 2013-06-05 | to: 2017-07-28
person abbasi-shahid-khaqan | Shahid Khaqan Abbasi | country: PAK | role: Prime Minister | from: 2017-08-01 | to: 2018-05-31
person khan-imran | Imran Khan | country: PAK | role: Prime Minister | from: 2018-08-18 | to: 2022-04-10
person sharif-shehbaz | Shehbaz Sharif | alias: Shahbaz Sharif; Muhammad Shehbaz Sharif | country: PAK | role: Prime Minister | from: 2022-04-11 | to: 2023-08-14
person sharif-shehbaz | Shehbaz Sharif | country: PAK | role: Prime Minister | from: 2024-03-04
person kakar-anwaar-ul-haq | Anwaar-ul-Haq Kakar | country: PAK | role: Caretaker Prime Minister | from: 2023-08-14 | to: 2024-03-04
person zardari-asif-ali | Asif Ali Zardari | country: PAK | role: President | from: 2008-09-09 | to: 2013-09-09
person zardari-asif-ali | Asif Ali Zardari | country: PAK | role: President | from: 2024-03-10
person hussain-mamnoon | Mamnoon Hussain | country: PAK | role: President | from: 2013-09-09 | to: 2018-09-09
person alvi-arif | Arif Alvi | alias: Alvi | country: PAK | role: President | from: 2018-09-09 | to: 2024-03-10
person qureshi-shah-mehmood | Shah Mehmood Qureshi | alias: Shah Mahmood Qureshi | country: PAK | role: Foreign Minister | from: 2008-03-31 | to: 2011-02-11
person qureshi-shah-mehmood | Shah Mehmood Qureshi | country: PAK | role: Foreign Minister | from: 2018-08-20 | to: 2022-04-10
person khar-hina-rabbani | Hina Rabbani Khar | country: PAK | role: Foreign Minister | from: 2011-07-19 | to: 2013-03-16
person bhutto-zardari-bilawal | Bilawal Bhutto Zardari | alias: Bilawal Bhutto; Bilawal | country: PAK | role: Foreign Minister | from: 2022-04-27 | to: 2023-08-10
person dar-ishaq | Ishaq Dar | alias: Muhammad Ishaq Dar | country: PAK | role: Foreign Minister | from: 2024-03-11
person kayani-ashfaq-parvez | Ashfaq Parvez Kayani | alias: Kayani; Ashfaq Kayani | country: PAK | role: Chief of Army Staff | from: 2007-11-29 | to: 2013-11-29
person sharif-raheel | Raheel Sharif | country: PAK | role: Chief of Army Staff | from: 2013-11-29 | to: 2016-11-29
person bajwa-qamar-javed | Qamar Javed Bajwa | alias: Bajwa | country: PAK | role: Chief of Army Staff | from: 2016-11-29 | to: 2022-11-29
person munir-asim | Asim Munir | alias: Syed Asim Munir | country: PAK | role: Chief of Army Staff | from: 2022-11-29

# ---------------------------------------------------------------- Afghanistan and the Taliban
person karzai-hamid | Hamid Karzai | alias: Karzai | country: AFG | role: President | from: 2004-12-07 | to: 2014-09-29
person ghani-ashraf | Ashraf Ghani | alias: Ghani; Mohammad Ashraf Ghani | country: AFG | role: President | from: 2014-09-29 | to: 2021-08-15
person abdullah-abdullah | Abdullah Abdullah | country: AFG | role: Chief Executive | from: 2014-09-29 | to: 2020-03-11
person akhtar-mansour | Akhtar Mansour | alias: Mullah Akhtar Mansour; Akhtar Mohammad Mansour | country: AFG | role: Leader | org: TALIBAN | from: 2015-07-29 | to: 2016-05-21
person akhundzada-hibatullah | Hibatullah Akhundzada | alias: Akhundzada; Haibatullah Akhundzada; Mawlawi Hibatullah Akhundzada; Hebatullah Akhundzada | country: AFG | role: Supreme Leader | org: TALIBAN | from: 2016-05-25
person akhund-mohammad-hassan | Mohammad Hassan Akhund | alias: Mullah Mohammad Hassan Akhund | country: AFG | role: Prime Minister | org: TALIBAN | from: 2021-09-07
person baradar-abdul-ghani | Abdul Ghani Baradar | alias: Baradar; Mullah Baradar; Mullah Abdul Ghani Baradar | country: AFG | role: Deputy Prime Minister | org: TALIBAN | from: 2021-09-07
person muttaqi-amir-khan | Amir Khan Muttaqi | alias: Muttaqi | country: AFG | role: Foreign Minister | org: TALIBAN | from: 2021-09-07
person haqqani-sirajuddin | Sirajuddin Haqqani | alias: Siraj Haqqani | country: AFG | role: Interior Minister | org: TALIBAN | from: 2021-09-07
person mujahid-zabihullah | Zabihullah Mujahid | alias: Zabiullah Mujahid | country: AFG | role: Spokesperson | org: TALIBAN
person shaheen-suhail | Suhail Shaheen | country: AFG | role: Spokesperson | org: TALIBAN

# ---------------------------------------------------------------- North Korea
# Foreign ministers' dates approx. (month of appointment as reported); "Kim", "Ri", "Choe", "Pak" are not aliases.
person kim-jong-il | Kim Jong Il | alias: Kim Jong-il; Kim Jong-Il | country: PRK | role: Supreme Leader | from: 1994-07-08 | to: 2011-12-17
person kim-jong-un | Kim Jong Un | alias: Kim Jong-un; Kim Jong-Un | country: PRK | role: Supreme Leader | from: 2011-12-17
person kim-yo-jong | Kim Yo Jong | alias: Kim Yo-jong | country: PRK | role: Vice Department Director | org: PRK-WPK
person kim-yong-nam | Kim Yong Nam | alias: Kim Yong-nam | country: PRK | role: President of the Presidium of the Supreme People's Assembly | org: PRK-SPA | from: 1998-09-05 | to: 2019-04-11
person choe-ryong-hae | Choe Ryong Hae | alias: Choe Ryong-hae | country: PRK | role: President of the Presidium of the Supreme People's Assembly | org: PRK-SPA | from: 2019-04-11
person ri-su-yong | Ri Su Yong | alias: Ri Su-yong | country: PRK | role: Foreign Minister | from: 2014-04-09 | to: 2016-05-01
person ri-yong-ho | Ri Yong Ho | alias: Ri Yong-ho | country: PRK | role: Foreign Minister | from: 2016-05-01 | to: 2020-01-01
person ri-son-gwon | Ri Son Gwon | alias: Ri Son-gwon | country: PRK | role: Foreign Minister | from: 2020-01-01 | to: 2022-06-01
person choe-son-hui | Choe Son Hui | alias: Choe Son-hui; Choe Son-Hui | country: PRK | role: Foreign Minister | from: 2022-06-01

# ---------------------------------------------------------------- Venezuela ("Rodríguez" is not an alias: Delcy and Jorge)
person chavez-hugo | Hugo Chávez | alias: Chávez; Chavez; Hugo Chavez | country: VEN | role: President | from: 1999-02-02 | to: 2013-03-05
person maduro-nicolas | Nicolás Maduro | alias: Maduro; Nicolas Maduro | country: VEN | role: Foreign Minister | from: 2006-08-09 | to: 2013-01-15
person maduro-nicolas | Nicolás Maduro | country: VEN | role: President | from: 2013-03-05
person guaido-juan | Juan Guaidó | alias: Guaidó; Guaido; Juan Guaido | country: VEN | role: Opposition Leader | from: 2019-01-23 | to: 2023-01-05
person rodriguez-delcy | Delcy Rodríguez | alias: Delcy Rodriguez | country: VEN | role: Foreign Minister | from: 2014-12-26 | to: 2017-06-21
person rodriguez-delcy | Delcy Rodríguez | country: VEN | role: Vice President | from: 2018-06-14
person arreaza-jorge | Jorge Arreaza | alias: Arreaza | country: VEN | role: Foreign Minister | from: 2017-08-02 | to: 2021-08-21
person machado-maria-corina | María Corina Machado | alias: Maria Corina Machado | country: VEN | role: Opposition Leader

# ---------------------------------------------------------------- Iraq ("Barzani", "Jaafari", "Hussein" are not aliases)
person al-maliki-nouri | Nouri al-Maliki | alias: Maliki; al-Maliki; Nuri al-Maliki; Nouri Maliki | country: IRQ | role: Prime Minister | from: 2006-05-20 | to: 2014-09-08
person al-abadi-haider | Haider al-Abadi | alias: Abadi; al-Abadi; Haidar al-Abadi | country: IRQ | role: Prime Minister | from: 2014-09-08 | to: 2018-10-25
person abdul-mahdi-adil | Adil Abdul-Mahdi | alias: Abdul-Mahdi; Adel Abdul Mahdi; Adil Abdul Mahdi | country: IRQ | role: Prime Minister | from: 2018-10-25 | to: 2020-05-07
person al-kadhimi-mustafa | Mustafa al-Kadhimi | alias: Kadhimi; al-Kadhimi; Mustafa Kadhimi | country: IRQ | role: Prime Minister | from: 2020-05-07 | to: 2022-10-27
person al-sudani-mohammed-shia | Mohammed Shia al-Sudani | alias: Sudani; al-Sudani; Mohammed Shia' al-Sudani | country: IRQ | role: Prime Minister | from: 2022-10-27
person talabani-jalal | Jalal Talabani | country: IRQ | role: President | from: 2005-04-07 | to: 2014-07-24
person masum-fuad | Fuad Masum | alias: Fouad Massoum; Fuad Masoum | country: IRQ | role: President | from: 2014-07-24 | to: 2018-10-02
person salih-barham | Barham Salih | alias: Barham Saleh | country: IRQ | role: President | from: 2018-10-02 | to: 2022-10-17
person rashid-abdul-latif | Abdul Latif Rashid | alias: Abdul Latif Jamal Rashid | country: IRQ | role: President | from: 2022-10-17
person zebari-hoshyar | Hoshyar Zebari | alias: Zebari | country: IRQ | role: Foreign Minister | from: 2003-09-03 | to: 2014-09-08
person al-jaafari-ibrahim | Ibrahim al-Jaafari | country: IRQ | role: Foreign Minister | from: 2014-09-08 | to: 2018-10-25
person hussein-fuad | Fuad Hussein | country: IRQ | role: Foreign Minister | from: 2020-06-06
person barzani-masoud | Masoud Barzani | alias: Massoud Barzani | country: IRQ | role: President of the Kurdistan Region | org: KRG | from: 2005-06-13 | to: 2017-11-01
person barzani-nechirvan | Nechirvan Barzani | country: IRQ | role: President of the Kurdistan Region | org: KRG | from: 2019-06-10
person barzani-masrour | Masrour Barzani | country: IRQ | role: Prime Minister of the Kurdistan Region | org: KRG | from: 2019-07-10

# ---------------------------------------------------------------- Lebanon ("Aoun" and "Salam" are not aliases: two of each)
person suleiman-michel | Michel Suleiman | alias: Michel Sleiman | country: LBN | role: President | from: 2008-05-25 | to: 2014-05-25
person aoun-michel | Michel Aoun | country: LBN | role: President | from: 2016-10-31 | to: 2022-10-30
person aoun-joseph | Joseph Aoun | country: LBN | role: Commander of the Army | org: LBN-LAF | from: 2017-03-08 | to: 2025-01-09
person aoun-joseph | Joseph Aoun | country: LBN | role: President | from: 2025-01-09
person hariri-saad | Saad Hariri | alias: Hariri; Saad al-Hariri | country: LBN | role: Prime Minister | from: 2009-11-09 | to: 2011-06-13
person hariri-saad | Saad Hariri | country: LBN | role: Prime Minister | from: 2016-12-18 | to: 2020-01-21
person mikati-najib | Najib Mikati | alias: Mikati | country: LBN | role: Prime Minister | from: 2011-06-13 | to: 2014-02-15
person mikati-najib | Najib Mikati | country: LBN | role: Prime Minister | from: 2021-09-10 | to: 2025-02-08
person salam-tammam | Tammam Salam | country: LBN | role: Prime Minister | from: 2014-02-15 | to: 2016-12-18
person diab-hassan | Hassan Diab | country: LBN | role: Prime Minister | from: 2020-01-21 | to: 2021-09-10
person salam-nawaf | Nawaf Salam | country: LBN | role: Prime Minister | from: 2025-02-08
person bassil-gebran | Gebran Bassil | alias: Bassil; Gibran Bassil | country: LBN | role: Foreign Minister | from: 2014-02-15 | to: 2020-01-21
person bou-habib-abdallah | Abdallah Bou Habib | alias: Abdallah Bouhabib | country: LBN | role: Foreign Minister | from: 2021-09-10 | to: 2025-02-08
person berri-nabih | Nabih Berri | alias: Berri | country: LBN | role: Speaker of Parliament | from: 1992-11-20
person nasrallah-hassan | Hassan Nasrallah | alias: Nasrallah; Sayyed Hassan Nasrallah | country: LBN | role: Secretary-General | org: HEZBOLLAH | from: 1992-02-16 | to: 2024-09-27
person qassem-naim | Naim Qassem | alias: Qassem; Naim Kassem; Sheikh Naim Qassem | country: LBN | role: Secretary-General | org: HEZBOLLAH | from: 2024-10-29

# ---------------------------------------------------------------- Jordan
person abdullah-ii | Abdullah II | alias: King Abdullah II; Abdullah II of Jordan | country: JOR | role: King | from: 1999-02-07
person hussein-crown-prince | Crown Prince Hussein | alias: Hussein bin Abdullah; Crown Prince Hussein bin Abdullah | country: JOR | role: Crown Prince | from: 2009-07-02
person judeh-nasser | Nasser Judeh | alias: Judeh | country: JOR | role: Foreign Minister | from: 2009-02-23 | to: 2017-01-15
person safadi-ayman | Ayman Safadi | alias: Safadi; Ayman al-Safadi | country: JOR | role: Foreign Minister | from: 2017-01-15

# ---------------------------------------------------------------- Poland, Hungary, Serbia, Kosovo, Belarus
person komorowski-bronislaw | Bronisław Komorowski | alias: Komorowski; Bronislaw Komorowski | country: POL | role: President | from: 2010-08-06 | to: 2015-08-06
person duda-andrzej | Andrzej Duda | alias: Duda | country: POL | role: President | from: 2015-08-06 | to: 2025-08-06
person nawrocki-karol | Karol Nawrocki | alias: Nawrocki | country: POL | role: President | from: 2025-08-06
person kopacz-ewa | Ewa Kopacz | alias: Kopacz | country: POL | role: Prime Minister | from: 2014-09-22 | to: 2015-11-16
person szydlo-beata | Beata Szydło | alias: Szydło; Szydlo; Beata Szydlo | country: POL | role: Prime Minister | from: 2015-11-16 | to: 2017-12-11
person morawiecki-mateusz | Mateusz Morawiecki | alias: Morawiecki | country: POL | role: Prime Minister | from: 2017-12-11 | to: 2023-12-13
person sikorski-radoslaw | Radosław Sikorski | alias: Sikorski; Radoslaw Sikorski; Radek Sikorski | country: POL | role: Foreign Minister | from: 2007-11-16 | to: 2014-09-22
person sikorski-radoslaw | Radosław Sikorski | country: POL | role: Foreign Minister | from: 2023-12-13
person waszczykowski-witold | Witold Waszczykowski | alias: Waszczykowski | country: POL | role: Foreign Minister | from: 2015-11-16 | to: 2018-01-09
person czaputowicz-jacek | Jacek Czaputowicz | alias: Czaputowicz | country: POL | role: Foreign Minister | from: 2018-01-09 | to: 2020-08-20
person rau-zbigniew | Zbigniew Rau | country: POL | role: Foreign Minister | from: 2020-08-26 | to: 2023-11-27
person orban-viktor | Viktor Orbán | alias: Orbán; Orban; Viktor Orban | country: HUN | role: Prime Minister | from: 2010-05-29
person szijjarto-peter | Péter Szijjártó | alias: Szijjártó; Szijjarto; Peter Szijjarto | country: HUN | role: Foreign Minister | from: 2014-09-23
person novak-katalin | Katalin Novák | alias: Katalin Novak | country: HUN | role: President | from: 2022-05-10 | to: 2024-02-26
person vucic-aleksandar | Aleksandar Vučić | alias: Vučić; Vucic; Aleksandar Vucic | country: SRB | role: Prime Minister | from: 2014-04-27 | to: 2017-05-31
person vucic-aleksandar | Aleksandar Vučić | country: SRB | role: President | from: 2017-05-31
person nikolic-tomislav | Tomislav Nikolić | alias: Tomislav Nikolic | country: SRB | role: President | from: 2012-05-31 | to: 2017-05-31
person tadic-boris | Boris Tadić | alias: Tadić; Tadic; Boris Tadic | country: SRB | role: President | from: 2004-07-11 | to: 2012-04-05
person dacic-ivica | Ivica Dačić | alias: Dačić; Dacic; Ivica Dacic | country: SRB | role: Prime Minister | from: 2012-07-27 | to: 2014-04-27
person dacic-ivica | Ivica Dačić | country: SRB | role: Foreign Minister | from: 2014-04-27 | to: 2020-10-28
person brnabic-ana | Ana Brnabić | alias: Brnabić; Brnabic; Ana Brnabic | country: SRB | role: Prime Minister | from: 2017-06-29 | to: 2024-05-02
person thaci-hashim | Hashim Thaçi | alias: Thaçi; Thaci; Hashim Thaci | country: KSV | role: Prime Minister | from: 2008-01-09 | to: 2014-12-09
person thaci-hashim | Hashim Thaçi | country: KSV | role: President | from: 2016-04-07 | to: 2020-11-05
person kurti-albin | Albin Kurti | alias: Kurti | country: KSV | role: Prime Minister | from: 2020-02-03 | to: 2020-06-03
person kurti-albin | Albin Kurti | country: KSV | role: Prime Minister | from: 2021-03-22
person osmani-vjosa | Vjosa Osmani | alias: Osmani; Vjosa Osmani-Sadriu | country: KSV | role: President | from: 2021-04-04
person lukashenko-alexander | Alexander Lukashenko | alias: Lukashenko; Alyaksandr Lukashenka; Lukashenka; Aleksandr Lukashenko | country: BLR | role: President | from: 1994-07-20
person makei-vladimir | Vladimir Makei | alias: Makei; Uladzimir Makei | country: BLR | role: Foreign Minister | from: 2012-08-20 | to: 2022-11-26
person tsikhanouskaya-sviatlana | Sviatlana Tsikhanouskaya | alias: Tsikhanouskaya; Svetlana Tikhanovskaya; Tikhanovskaya | country: BLR | role: Opposition Leader

# ---------------------------------------------------------------- Philippines, Vietnam ("Duterte" is not an alias: Rodrigo and Sara)
person aquino-benigno-iii | Benigno Aquino III | alias: Aquino; Benigno Aquino; Noynoy Aquino | country: PHL | role: President | from: 2010-06-30 | to: 2016-06-30
person duterte-rodrigo | Rodrigo Duterte | alias: Rodrigo Roa Duterte | country: PHL | role: President | from: 2016-06-30 | to: 2022-06-30
person duterte-sara | Sara Duterte | alias: Sara Duterte-Carpio | country: PHL | role: Vice President | from: 2022-06-30
person marcos-ferdinand-jr | Ferdinand Marcos Jr. | alias: Marcos; Bongbong Marcos; Ferdinand Marcos Jr; Ferdinand R. Marcos Jr. | country: PHL | role: President | from: 2022-06-30
person del-rosario-albert | Albert del Rosario | country: PHL | role: Foreign Secretary | from: 2011-02-24 | to: 2016-03-07
person cayetano-alan-peter | Alan Peter Cayetano | country: PHL | role: Foreign Secretary | from: 2017-05-18 | to: 2018-10-17
person locsin-teodoro | Teodoro Locsin Jr. | alias: Locsin; Teodoro Locsin | country: PHL | role: Foreign Secretary | from: 2018-10-17 | to: 2022-06-30
person manalo-enrique | Enrique Manalo | alias: Manalo | country: PHL | role: Foreign Secretary | from: 2022-07-01 | to: 2025-06-30
person nguyen-phu-trong | Nguyen Phu Trong | alias: Nguyễn Phú Trọng | country: VNM | role: General Secretary of the Communist Party | org: VNM-CPV | from: 2011-01-19 | to: 2024-07-19
person nguyen-phu-trong | Nguyen Phu Trong | country: VNM | role: President | from: 2018-10-23 | to: 2021-04-05
person to-lam | To Lam | alias: Tô Lâm | country: VNM | role: President | from: 2024-05-22 | to: 2024-10-21
person to-lam | To Lam | country: VNM | role: General Secretary of the Communist Party | org: VNM-CPV | from: 2024-08-03
person nguyen-tan-dung | Nguyen Tan Dung | alias: Nguyễn Tấn Dũng | country: VNM | role: Prime Minister | from: 2006-06-27 | to: 2016-04-07
person nguyen-xuan-phuc | Nguyen Xuan Phuc | alias: Nguyễn Xuân Phúc | country: VNM | role: Prime Minister | from: 2016-04-07 | to: 2021-04-05
person nguyen-xuan-phuc | Nguyen Xuan Phuc | country: VNM | role: President | from: 2021-04-05 | to: 2023-01-18
person pham-minh-chinh | Pham Minh Chinh | alias: Phạm Minh Chính | country: VNM | role: Prime Minister | from: 2021-04-05
person pham-binh-minh | Pham Binh Minh | alias: Phạm Bình Minh | country: VNM | role: Foreign Minister | from: 2011-08-03 | to: 2021-04-08
# Bui Thanh Son: no end date given; the 2025 reshuffle of the foreign ministry is not recorded here
person bui-thanh-son | Bui Thanh Son | alias: Bùi Thanh Sơn | country: VNM | role: Foreign Minister | from: 2021-04-08

# ---------------------------------------------------------------- Nigeria, Kenya
person jonathan-goodluck | Goodluck Jonathan | alias: Goodluck Ebele Jonathan | country: NGA | role: President | from: 2010-05-06 | to: 2015-05-29
person buhari-muhammadu | Muhammadu Buhari | alias: Buhari | country: NGA | role: President | from: 2015-05-29 | to: 2023-05-29
person tinubu-bola | Bola Tinubu | alias: Tinubu; Bola Ahmed Tinubu | country: NGA | role: President | from: 2023-05-29
person onyeama-geoffrey | Geoffrey Onyeama | alias: Onyeama | country: NGA | role: Foreign Minister | from: 2015-11-11 | to: 2023-05-29
person tuggar-yusuf | Yusuf Tuggar | alias: Tuggar; Yusuf Maitama Tuggar | country: NGA | role: Foreign Minister | from: 2023-08-21
person kibaki-mwai | Mwai Kibaki | alias: Kibaki | country: KEN | role: President | from: 2002-12-30 | to: 2013-04-09
person kenyatta-uhuru | Uhuru Kenyatta | alias: Kenyatta | country: KEN | role: President | from: 2013-04-09 | to: 2022-09-13
person ruto-william | William Ruto | alias: Ruto | country: KEN | role: Deputy President | from: 2013-04-09 | to: 2022-09-13
person ruto-william | William Ruto | country: KEN | role: President | from: 2022-09-13
person odinga-raila | Raila Odinga | alias: Odinga; Raila | country: KEN | role: Prime Minister | from: 2008-04-17 | to: 2013-04-09
