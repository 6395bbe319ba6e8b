NAME          milp_lpunb_infeas_20261205_3756
ROWS
 N  OBJ
 L  r1
 E  r2
 G  r3
 L  r4
 G  r5
 L  r6
 G  r7
 G  r8
 E  parity
COLUMNS
    x1        OBJ               -3.5   r2                  -3
    x1        r7                   3
    x2        OBJ                -17   r1                   8
    x2        r4                   9   r5                  -9
    x2        r6                  -2   r7                  -3
    x3        OBJ                 22   r3                  -2
    x3        r5                   6   r6                  -8
    x4        OBJ                  1   r1                   9
    x4        r2                   3   r7                   1
    x4        r8                   4
    x5        OBJ                 12   r1                  -6
    x5        r2                   4   r6                  -4
    x5        r7                  -8
    MARKER1   'MARKER'                 'INTORG'
    x6        OBJ             -21.75   r1                   9
    x6        r2                  -2   r8                  -6
    MARKER2   'MARKER'                 'INTEND'
    x7        OBJ               4.75   r2                  -2
    x7        r3                   3   r4                  -8
    x7        r6                  -4
    MARKER3   'MARKER'                 'INTORG'
    u         OBJ                 -3   parity               8
    v         OBJ                 -2   parity              -8
    MARKER4   'MARKER'                 'INTEND'
RHS
    RHS       r1                  12
    RHS       r2                 -44
    RHS       r3                 -13
    RHS       r4                   8
    RHS       r6                   2
    RHS       r7                  37
    RHS       r8                 -12
    RHS       parity              -3
RANGES
    RNG       r2                   3
BOUNDS
 UI BND       x1                  17
 BV BND       x2
 LI BND       x3                   0
 UI BND       x3                   4
 BV BND       x4
 BV BND       x5
 LO BND       x6                   2
 PL BND       x6
 LI BND       x7                  -2
 UI BND       x7                   5
 MI BND       u
 MI BND       v
ENDATA
