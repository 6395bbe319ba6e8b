NAME          milp_lpunb_infeas_2_6512
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 L  r2
 L  r3
 G  r4
 E  r5
 E  r6
 E  r7
 E  parity
COLUMNS
    MARKER1   'MARKER'                 'INTORG'
    x1        OBJ                 31   r1                  -2
    x1        r2                   1   r3                  -6
    x1        r4                  -7   r5                  -5
    x1        r6                   6   r7                  -2
    x2        OBJ                3.5   r2                  -7
    x2        r3                   3   r5                  -3
    x2        r6                   8   r7                  -5
    x3        OBJ              -3.75   r1                   3
    x3        r2                  -5   r3                  -3
    x3        r5                   4   r6                   3
    x3        r7                   4
    u         OBJ                  4   parity               3
    v         OBJ                 -1   parity              -3
    MARKER2   'MARKER'                 'INTEND'
RHS
    RHS       r1                   7
    RHS       r2                 -12
    RHS       r3                 -29
    RHS       r4                 -32
    RHS       r6                  34
    RHS       r7                  12
    RHS       parity              -5
RANGES
    RNG       r6                  11
BOUNDS
 MI BND       x1
 UP BND       x1                   4
 LO BND       x2                  -8
 UP BND       x2                   0
 FR BND       x3
 MI BND       u
 MI BND       v
ENDATA
