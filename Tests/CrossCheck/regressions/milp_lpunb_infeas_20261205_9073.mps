NAME          milp_lpunb_infeas_20261205_9073
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 L  r2
 L  r3
 L  r4
 E  parity
COLUMNS
    MARKER1   'MARKER'                 'INTORG'
    x1        OBJ                -14   r1                  -2
    x1        r3                  -3
    MARKER2   'MARKER'                 'INTEND'
    x2        OBJ              -3.75   r2                  -1
    x2        r3                   4   r4                  -6
    x3        OBJ                -17   r1                  -2
    x3        r2                  -6   r4                   1
    x4        OBJ               -2.5   r1                  -1
    x4        r3                  -1
    MARKER3   'MARKER'                 'INTORG'
    x5        OBJ              -44.5   r1                  -9
    x5        r2                  -5   r3                  -8
    x5        r4                   9
    MARKER4   'MARKER'                 'INTEND'
    x6        OBJ                6.5   r1                   2
    x6        r2                  -5   r3                   1
    x6        r4                   6
    MARKER5   'MARKER'                 'INTORG'
    u         OBJ                  2   parity               6
    v         OBJ                 -1   parity              -6
    MARKER6   'MARKER'                 'INTEND'
RHS
    RHS       r1               -76.5
    RHS       r2             -142.25
    RHS       r3               -85.5
    RHS       r4               194.5
    RHS       parity              -5
BOUNDS
 MI BND       x1
 UP BND       x1                   1
 LO BND       x2               -7.75
 LI BND       x3                   2
 UI BND       x3                  10
 FX BND       x4                 4.5
 UP BND       x5                   9
 LI BND       x6                   3
 UI BND       x6                  11
 LO BND       u                   -2
 LO BND       v                   -2
ENDATA
