NAME          lp_empty_20261205_7958
ROWS
 N  OBJ
 G  e3
 G  r1
 G  r2
 G  r3
 E  r4
 L  e1
 G  e4
 G  r5
 E  e2
 G  r6
 L  r7
 E  r8
 L  r9
COLUMNS
    x1        OBJ              20.75   r1                  -2
    x1        r2                   3   r3                   6
    x1        r4                  -1   r7                  -5
    x1        r8                   2   r9                   8
    x2        OBJ              -16.5   r2                  -9
    x2        r5                   3   r6                  -7
    x2        r7                   8   r8                  -8
RHS
    RHS       e3                  -3
    RHS       r1                   2
    RHS       r2              -87.75
    RHS       r3                 -45
    RHS       r4                   6
    RHS       e1                   2
    RHS       e4                  -3
    RHS       r5               23.25
    RHS       r6              -57.25
    RHS       r7                  92
    RHS       r8                 -74
    RHS       r9                 -47
RANGES
    RNG       r4                  11
    RNG       e1                   5
    RNG       r6                 -10
BOUNDS
 MI BND       x1
 UP BND       x1                  -6
 MI BND       x2
 UP BND       x2                9.25
ENDATA
