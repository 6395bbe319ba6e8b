NAME          milp_lpunb_infeas_2_3028
ROWS
 N  OBJ
 L  r1
 G  r2
 G  r3
 L  r4
 E  r5
 G  r6
 L  r7
 E  r8
 E  parity
COLUMNS
    MARKER1   'MARKER'                 'INTORG'
    x1        OBJ              10.25   r1                  -3
    x1        r2                   6   r5                   8
    x1        r7                  -2   r8                   7
    MARKER2   'MARKER'                 'INTEND'
    x2        OBJ               3.75   r1                  -3
    x2        r2                  -9   r3                  -8
    x3        OBJ                 10   r1                   9
    x3        r2                   9   r3                  -4
    x3        r4                  -1   r5                  -8
    x3        r8                  -5
    x4        OBJ              -8.25   r1                   6
    x4        r7                  -1
    x5        OBJ                  6   r1                   1
    x5        r2                   5   r4                   1
    x5        r5                  -7   r6                  -5
    x5        r7                  -1
    x6        OBJ                 20   r1                  -9
    x6        r3                  -1   r4                  -1
    x6        r5                  -4   r6                   3
    x6        r8                  -1
    MARKER3   'MARKER'                 'INTORG'
    u         OBJ                 -4   parity               9
    v         OBJ                  1   parity              -9
    MARKER4   'MARKER'                 'INTEND'
RHS
    RHS       r1               -1.25
    RHS       r2               67.75
    RHS       r3               -54.5
    RHS       r4              -10.25
    RHS       r5                -142
    RHS       r6                 2.5
    RHS       r7               -6.25
    RHS       r8              -45.25
    RHS       parity              -1
RANGES
    RNG       r3                  -2
    RNG       r4                   4
BOUNDS
 UP BND       x1                   8
 LO BND       x3                6.25
 FR BND       x4
 LO BND       x5                   6
 LO BND       x6                6.75
 MI BND       u
 MI BND       v
ENDATA
