person kerry-john | John Kerry | alias: Kerry; John F. Kerry | country: USA | role: Secretary of State | org: USA-STATE | from: 2013-02-01 | to: 2017-01-20
person lavrov-sergey | Sergey Lavrov | alias: Lavrov; Sergei Lavrov | country: RUS | role: Foreign Minister | from: 2004-03-09
person obama-barack | Barack Obama | alias: Obama | country: USA | role: President | from: 2009-01-20 | to: 2017-01-20
person assad-bashar | Bashar Assad | alias: Assad; Bashar al-Assad | country: SYR | role: President | from: 2000-07-17 | to: 2024-12-08
