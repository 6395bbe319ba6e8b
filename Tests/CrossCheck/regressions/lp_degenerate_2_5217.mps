NAME lp_degenerate_2_5217
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 L  r2
 L  r3
 L  dup1
COLUMNS
 x1  OBJ  -2.75  r2  2
 x1  r3  -6  dup1  -18
 x2  OBJ  -2  r1  3
 x2  r2  9  r3  1
 x2  dup1  3
 x3  r2  -7
 x4  OBJ  -3  r1  -6
RHS
 RHS  r1  34.5
 RHS  r2  -28
 RHS  r3  -56
 RHS  dup1  -168
BOUNDS
 LO  BND  x1  9.75
 UP  BND  x1  11
 FX  BND  x2  2.5
 LO  BND  x3  1.25
 UP  BND  x3  10
 LO  BND  x4  -4.5
 UP  BND  x4  6
ENDATA
