NAME          milp_lpunb_infeas_20261205_2339
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 L  r2
 G  r3
 G  r4
 G  r5
 L  r6
 L  r7
 E  parity
COLUMNS
    x1        OBJ               25.5   r1                   9
    x1        r2                   3   r3                  -1
    x1        r4                   4   r7                   2
    MARKER1   'MARKER'                 'INTORG'
    x2        OBJ                3.5   r1                   1
    x2        r3                  -8   r4                   6
    x2        r5                   9   r7                   7
    MARKER2   'MARKER'                 'INTEND'
    x3        OBJ              10.75   r1                   6
    x3        r3                  -3   r4                   8
    x3        r5                  -6   r7                   2
    x4        OBJ              32.25   r2                   5
    x4        r3                  -8   r5                  -6
    x5        OBJ              -17.5   r1                   2
    x5        r2                  -9   r3                  -3
    x5        r4                   4   r5                   8
    x5        r7                  -8
    x6        OBJ               2.25   r1                  -1
    x6        r2                  -8   r4                  -9
    x6        r5                  -8   r6                   3
    MARKER3   'MARKER'                 'INTORG'
    x7        OBJ             -12.25   r1                  -3
    x7        r2                   5   r3                   3
    x7        r4                   3   r5                   9
    x7        r7                   6
    u         OBJ                  3   parity              12
    v         OBJ                  2   parity             -12
    MARKER4   'MARKER'                 'INTEND'
RHS
    RHS       r1               -18.5
    RHS       r2              -81.25
    RHS       r3              -24.25
    RHS       r4                 -32
    RHS       r5                  35
    RHS       r6                  34
    RHS       r7                  25
    RHS       parity              14
RANGES
    RNG       r4                   2
    RNG       r5                 -10
BOUNDS
 UP BND       x2                  20
 LO BND       x5                4.75
 UP BND       x5                15.5
 LO BND       x6                  10
 LO BND       x7                   3
 UP BND       x7                   7
 LO BND       u                    5
 PL BND       u
 LO BND       v                    5
 PL BND       v
ENDATA
