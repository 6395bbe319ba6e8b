NAME          milp_lpunb_infeas_2_6135
ROWS
 N  OBJ
 L  r1
 E  r2
 E  r3
 L  r4
 G  r5
 L  r6
 G  r7
 E  parity
COLUMNS
    x1        OBJ                  5   r3                   4
    x1        r4                   4   r5                  -5
    x2        OBJ              -3.25   r1                  -6
    x2        r3                  -4   r5                   2
    x3        OBJ                  9   r1                   2
    x3        r2                   5   r3                   6
    x3        r4                   5
    x4        OBJ                 13   r3                   9
    x4        r5                  -1   r7                  -6
    x5        OBJ              -2.75   r1                  -6
    x5        r2                   1   r3                   4
    x5        r5                  -5   r6                   5
    x5        r7                   3
    x6        OBJ              -4.25   r1                  -5
    x6        r3                  -6   r6                  -2
    x7        OBJ              -6.75   r1                  -9
    x7        r2                   6   r3                   2
    x7        r4                   9   r5                   4
    x7        r6                   1
    MARKER1   'MARKER'                 'INTORG'
    x8        OBJ               7.25   r2                   9
    x8        r5                  -4
    x9        OBJ              -3.25   r1                  -1
    x9        r2                   1   r6                   4
    MARKER2   'MARKER'                 'INTEND'
    x10       OBJ                2.5   r2                   2
    x10       r5                  -3   r7                   2
    MARKER3   'MARKER'                 'INTORG'
    u         OBJ                 -3   parity               9
    v         OBJ                 -1   parity              -9
    MARKER4   'MARKER'                 'INTEND'
RHS
    RHS       r1                 7.5
    RHS       r2               41.75
    RHS       r3               52.75
    RHS       r4               19.25
    RHS       r5              -24.75
    RHS       r6                  12
    RHS       r7                  -5
    RHS       parity              -8
BOUNDS
 LO BND       x1               -1.75
 LO BND       x2               -1.25
 UP BND       x2                5.25
 LO BND       x3                5.25
 MI BND       x5
 UP BND       x5                   0
 LO BND       x8                  -1
 LO BND       x9                   4
 LO BND       x10               7.25
 UP BND       x10              10.25
 LO BND       u                    5
 PL BND       u
 LO BND       v                    5
 PL BND       v
ENDATA
