NAME          milp_lpunb_infeas_20261205_1169
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 L  r2
 G  r3
 G  r4
 E  r5
 E  r6
 G  r7
 G  r8
 E  parity
COLUMNS
    MARKER1   'MARKER'                 'INTORG'
    x1        OBJ              16.75   r1                  -7
    x1        r3                   6   r5                  -1
    x1        r6                   6   r8                  -7
    MARKER2   'MARKER'                 'INTEND'
    x2        OBJ                  1   r3                   6
    x2        r4                  -5   r5                  -8
    x2        r6                   5   r7                  -4
    x2        r8                  -8
    x3        OBJ              14.75   r1                  -6
    x3        r2                   7   r4                  -4
    x3        r5                  -5   r6                  -1
    x3        r7                   1   r8                   6
    MARKER3   'MARKER'                 'INTORG'
    x4        OBJ                 21   r2                   4
    x4        r3                   3   r4                  -8
    x4        r5                  -2   r7                  -4
    u         OBJ                  2   parity               9
    v         OBJ                 -1   parity              -9
    MARKER4   'MARKER'                 'INTEND'
RHS
    RHS       OBJ                 -8
    RHS       r1                  35
    RHS       r2                  20
    RHS       r3                  -3
    RHS       r4                 -42
    RHS       r5                 -14
    RHS       r6                 -14
    RHS       r7                 -34
    RHS       r8                  11
    RHS       parity              -1
RANGES
    RNG       r5                 -11
    RNG       r6                  -1
BOUNDS
 LO BND       x1                  -5
 UI BND       x2                  20
 MI BND       x4
 UP BND       x4                   6
 LO BND       u                   -2
 LO BND       v                   -2
ENDATA
