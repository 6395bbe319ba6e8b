NAME lp_degenerate_2_2643
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 E  r2
 L  r3
 G  r4
 L  r5
 L  dup1
 L  dup2
 L  dup3
COLUMNS
 x1  r1  2  r2  -1
 x1  r5  -7  dup1  6
 x1  dup2  6
 x2  r1  1  r2  9
 x2  r3  -6  dup1  3
 x2  dup2  3  dup3  -6
 x3  r1  3  r4  7
 x3  r5  -2  dup1  9
 x3  dup2  9
 x4  r1  -6  r2  -5
 x4  r3  -3  r4  -4
 x4  r5  4  dup1  -18
 x4  dup2  -18  dup3  -3
RHS
 RHS  OBJ  21
 RHS  r1  -79.25
 RHS  r2  -14.75
 RHS  r3  -110.25
 RHS  r4  -27.75
 RHS  r5  47.5
 RHS  dup1  -237.75
 RHS  dup2  -237.75
 RHS  dup3  -110.25
BOUNDS
 FX  BND  x1  2
 LO  BND  x2  9
 UP  BND  x2  16.75
 MI  BND  x3
 UP  BND  x3  6.75
 UP  BND  x4  18.75
ENDATA
