NAME          milp_lpunb_infeas_20261205_8423
ROWS
 N  OBJ
 G  r1
 G  r2
 L  r3
 E  r4
 L  r5
 G  r6
 G  r7
 E  parity
COLUMNS
    x1        OBJ             -36.75   r1                  -3
    x1        r2                  -1   r3                   4
    x1        r4                   3   r5                  -9
    x1        r6                  -4   r7                  -3
    x2        OBJ                  2   r1                   7
    x2        r2                  -7   r5                   4
    x2        r7                   2
    MARKER1   'MARKER'                 'INTORG'
    x3        OBJ               -4.5   r1                  -3
    x3        r2                   7   r3                  -1
    x3        r5                   7   r6                  -2
    x3        r7                  -5
    MARKER2   'MARKER'                 'INTEND'
    x4        OBJ               1.25   r3                  -2
    x4        r4                   7   r5                   4
    x4        r6                  -7   r7                   8
    MARKER3   'MARKER'                 'INTORG'
    u         OBJ                 -4   parity               6
    v         OBJ                  1   parity              -6
    MARKER4   'MARKER'                 'INTEND'
RHS
    RHS       r1               -13.5
    RHS       r2                14.5
    RHS       r3                  12
    RHS       r4               21.25
    RHS       r5               15.25
    RHS       r6                 -38
    RHS       r7              -26.75
    RHS       parity               3
RANGES
    RNG       r4                  11
    RNG       r5                 -10
BOUNDS
 MI BND       x3
 UP BND       x3                   5
 BV BND       x4
 FR BND       u
 FR BND       v
ENDATA
