NAME nl-baseline
OBJSENSE
    MAX
ROWS
 N  served
 L  demand_t1_2026-10
 L  demand_t1_2026-11
 L  demand_t1_2026-12
 L  demand_t1_2027-01
 L  demand_t1_2027-02
 L  demand_t1_2027-03
 L  demand_t1_2027-04
 L  demand_t1_2027-05
 L  demand_t1_2027-06
 L  demand_t1_2027-07
 L  demand_t1_2027-08
 L  demand_t1_2027-09
 L  demand_t1_2027-10
 L  demand_t1_2027-11
 L  demand_t1_2027-12
 L  demand_t1_2028-01
 L  demand_t1_2028-02
 L  demand_t1_2028-03
 L  demand_t1_2028-04
 L  demand_t1_2028-05
 L  demand_t1_2028-06
 L  demand_t1_2028-07
 L  demand_t1_2028-08
 L  demand_t1_2028-09
 L  demand_t1_2028-10
 L  demand_t1_2028-11
 L  demand_t1_2028-12
 L  demand_t1_2029-01
 L  demand_t1_2029-02
 L  demand_t1_2029-03
 L  demand_t1_2029-04
 L  demand_t1_2029-05
 L  demand_t1_2029-06
 L  demand_t1_2029-07
 L  demand_t1_2029-08
 L  demand_t1_2029-09
 L  demand_t1_2029-10
 L  demand_t1_2029-11
 L  demand_t1_2029-12
 L  demand_t1_2030-01
 L  demand_t1_2030-02
 L  demand_t1_2030-03
 L  demand_t1_2030-04
 L  demand_t1_2030-05
 L  demand_t1_2030-06
 L  demand_t1_2030-07
 L  demand_t1_2030-08
 L  demand_t1_2030-09
 L  demand_t1_2030-10
 L  demand_t1_2030-11
 L  demand_t1_2030-12
 L  demand_t1_2031-01
 L  demand_t1_2031-02
 L  demand_t1_2031-03
 L  demand_t1_2031-04
 L  demand_t1_2031-05
 L  demand_t1_2031-06
 L  demand_t1_2031-07
 L  demand_t1_2031-08
 L  demand_t1_2031-09
 L  demand_t1_2031-10
 L  demand_t1_2031-11
 L  demand_t1_2031-12
 L  demand_t2_2027-01
 L  demand_t2_2027-02
 L  demand_t2_2027-03
 L  demand_t2_2027-04
 L  demand_t2_2027-05
 L  demand_t2_2027-06
 L  demand_t2_2027-07
 L  demand_t2_2027-08
 L  demand_t2_2027-09
 L  demand_t2_2027-10
 L  demand_t2_2027-11
 L  demand_t2_2027-12
 L  demand_t2_2028-01
 L  demand_t2_2028-02
 L  demand_t2_2028-03
 L  demand_t2_2028-04
 L  demand_t2_2028-05
 L  demand_t2_2028-06
 L  demand_t2_2028-07
 L  demand_t2_2028-08
 L  demand_t2_2028-09
 L  demand_t2_2028-10
 L  demand_t2_2028-11
 L  demand_t2_2028-12
 L  demand_t2_2029-01
 L  demand_t2_2029-02
 L  demand_t2_2029-03
 L  demand_t2_2029-04
 L  demand_t2_2029-05
 L  demand_t2_2029-06
 L  demand_t2_2029-07
 L  demand_t2_2029-08
 L  demand_t2_2029-09
 L  demand_t2_2029-10
 L  demand_t2_2029-11
 L  demand_t2_2029-12
 L  demand_t2_2030-01
 L  demand_t2_2030-02
 L  demand_t2_2030-03
 L  demand_t2_2030-04
 L  demand_t2_2030-05
 L  demand_t2_2030-06
 L  demand_t2_2030-07
 L  demand_t2_2030-08
 L  demand_t2_2030-09
 L  demand_t2_2030-10
 L  demand_t2_2030-11
 L  demand_t2_2030-12
 L  demand_t2_2031-01
 L  demand_t2_2031-02
 L  demand_t2_2031-03
 L  demand_t2_2031-04
 L  demand_t2_2031-05
 L  demand_t2_2031-06
 L  demand_t2_2031-07
 L  demand_t2_2031-08
 L  demand_t2_2031-09
 L  demand_t2_2031-10
 L  demand_t2_2031-11
 L  demand_t2_2031-12
 L  demand_t3_2027-03
 L  demand_t3_2027-04
 L  demand_t3_2027-05
 L  demand_t3_2027-06
 L  demand_t3_2027-07
 L  demand_t3_2027-08
 L  demand_t3_2027-09
 L  demand_t3_2027-10
 L  demand_t3_2027-11
 L  demand_t3_2027-12
 L  demand_t3_2028-01
 L  demand_t3_2028-02
 L  demand_t3_2028-03
 L  demand_t3_2028-04
 L  demand_t3_2028-05
 L  demand_t3_2028-06
 L  demand_t3_2028-07
 L  demand_t3_2028-08
 L  demand_t3_2028-09
 L  demand_t3_2028-10
 L  demand_t3_2028-11
 L  demand_t3_2028-12
 L  demand_t3_2029-01
 L  demand_t3_2029-02
 L  demand_t3_2029-03
 L  demand_t3_2029-04
 L  demand_t3_2029-05
 L  demand_t3_2029-06
 L  demand_t3_2029-07
 L  demand_t3_2029-08
 L  demand_t3_2029-09
 L  demand_t3_2029-10
 L  demand_t3_2029-11
 L  demand_t3_2029-12
 L  demand_t3_2030-01
 L  demand_t3_2030-02
 L  demand_t3_2030-03
 L  demand_t3_2030-04
 L  demand_t3_2030-05
 L  demand_t3_2030-06
 L  demand_t3_2030-07
 L  demand_t3_2030-08
 L  demand_t3_2030-09
 L  demand_t3_2030-10
 L  demand_t3_2030-11
 L  demand_t3_2030-12
 L  demand_t3_2031-01
 L  demand_t3_2031-02
 L  demand_t3_2031-03
 L  demand_t3_2031-04
 L  demand_t3_2031-05
 L  demand_t3_2031-06
 L  demand_t3_2031-07
 L  demand_t3_2031-08
 L  demand_t3_2031-09
 L  demand_t3_2031-10
 L  demand_t3_2031-11
 L  demand_t3_2031-12
 L  demand_t4_2027-01
 L  demand_t4_2027-02
 L  demand_t4_2027-03
 L  demand_t4_2027-04
 L  demand_t4_2027-05
 L  demand_t4_2027-06
 L  demand_t4_2027-07
 L  demand_t4_2027-08
 L  demand_t4_2027-09
 L  demand_t4_2027-10
 L  demand_t4_2027-11
 L  demand_t4_2027-12
 L  demand_t4_2028-01
 L  demand_t4_2028-02
 L  demand_t4_2028-03
 L  demand_t4_2028-04
 L  demand_t4_2028-05
 L  demand_t4_2028-06
 L  demand_t4_2028-07
 L  demand_t4_2028-08
 L  demand_t4_2028-09
 L  demand_t4_2028-10
 L  demand_t4_2028-11
 L  demand_t4_2028-12
 L  demand_t4_2029-01
 L  demand_t4_2029-02
 L  demand_t4_2029-03
 L  demand_t4_2029-04
 L  demand_t4_2029-05
 L  demand_t4_2029-06
 L  demand_t4_2029-07
 L  demand_t4_2029-08
 L  demand_t4_2029-09
 L  demand_t4_2029-10
 L  demand_t4_2029-11
 L  demand_t4_2029-12
 L  demand_t4_2030-01
 L  demand_t4_2030-02
 L  demand_t4_2030-03
 L  demand_t4_2030-04
 L  demand_t4_2030-05
 L  demand_t4_2030-06
 L  demand_t4_2030-07
 L  demand_t4_2030-08
 L  demand_t4_2030-09
 L  demand_t4_2030-10
 L  demand_t4_2030-11
 L  demand_t4_2030-12
 L  demand_t4_2031-01
 L  demand_t4_2031-02
 L  demand_t4_2031-03
 L  demand_t4_2031-04
 L  demand_t4_2031-05
 L  demand_t4_2031-06
 L  demand_t4_2031-07
 L  demand_t4_2031-08
 L  demand_t4_2031-09
 L  demand_t4_2031-10
 L  demand_t4_2031-11
 L  demand_t4_2031-12
 L  capacity_nvidia_2026-10
 L  capacity_nvidia_2026-11
 L  capacity_nvidia_2026-12
 L  capacity_nvidia_2027-01
 L  capacity_nvidia_2027-02
 L  capacity_nvidia_2027-03
 L  capacity_nvidia_2027-04
 L  capacity_nvidia_2027-05
 L  capacity_nvidia_2027-06
 L  capacity_nvidia_2027-07
 L  capacity_nvidia_2027-08
 L  capacity_nvidia_2027-09
 L  capacity_nvidia_2027-10
 L  capacity_nvidia_2027-11
 L  capacity_nvidia_2027-12
 L  capacity_nvidia_2028-01
 L  capacity_nvidia_2028-02
 L  capacity_nvidia_2028-03
 L  capacity_nvidia_2028-04
 L  capacity_nvidia_2028-05
 L  capacity_nvidia_2028-06
 L  capacity_nvidia_2028-07
 L  capacity_nvidia_2028-08
 L  capacity_nvidia_2028-09
 L  capacity_nvidia_2028-10
 L  capacity_nvidia_2028-11
 L  capacity_nvidia_2028-12
 L  capacity_nvidia_2029-01
 L  capacity_nvidia_2029-02
 L  capacity_nvidia_2029-03
 L  capacity_nvidia_2029-04
 L  capacity_nvidia_2029-05
 L  capacity_nvidia_2029-06
 L  capacity_nvidia_2029-07
 L  capacity_nvidia_2029-08
 L  capacity_nvidia_2029-09
 L  capacity_nvidia_2029-10
 L  capacity_nvidia_2029-11
 L  capacity_nvidia_2029-12
 L  capacity_nvidia_2030-01
 L  capacity_nvidia_2030-02
 L  capacity_nvidia_2030-03
 L  capacity_nvidia_2030-04
 L  capacity_nvidia_2030-05
 L  capacity_nvidia_2030-06
 L  capacity_nvidia_2030-07
 L  capacity_nvidia_2030-08
 L  capacity_nvidia_2030-09
 L  capacity_nvidia_2030-10
 L  capacity_nvidia_2030-11
 L  capacity_nvidia_2030-12
 L  capacity_nvidia_2031-01
 L  capacity_nvidia_2031-02
 L  capacity_nvidia_2031-03
 L  capacity_nvidia_2031-04
 L  capacity_nvidia_2031-05
 L  capacity_nvidia_2031-06
 L  capacity_nvidia_2031-07
 L  capacity_nvidia_2031-08
 L  capacity_nvidia_2031-09
 L  capacity_nvidia_2031-10
 L  capacity_nvidia_2031-11
 L  capacity_nvidia_2031-12
 L  capacity_amd_2026-10
 L  capacity_amd_2026-11
 L  capacity_amd_2026-12
 L  capacity_amd_2027-01
 L  capacity_amd_2027-02
 L  capacity_amd_2027-03
 L  capacity_amd_2027-04
 L  capacity_amd_2027-05
 L  capacity_amd_2027-06
 L  capacity_amd_2027-07
 L  capacity_amd_2027-08
 L  capacity_amd_2027-09
 L  capacity_amd_2027-10
 L  capacity_amd_2027-11
 L  capacity_amd_2027-12
 L  capacity_amd_2028-01
 L  capacity_amd_2028-02
 L  capacity_amd_2028-03
 L  capacity_amd_2028-04
 L  capacity_amd_2028-05
 L  capacity_amd_2028-06
 L  capacity_amd_2028-07
 L  capacity_amd_2028-08
 L  capacity_amd_2028-09
 L  capacity_amd_2028-10
 L  capacity_amd_2028-11
 L  capacity_amd_2028-12
 L  capacity_amd_2029-01
 L  capacity_amd_2029-02
 L  capacity_amd_2029-03
 L  capacity_amd_2029-04
 L  capacity_amd_2029-05
 L  capacity_amd_2029-06
 L  capacity_amd_2029-07
 L  capacity_amd_2029-08
 L  capacity_amd_2029-09
 L  capacity_amd_2029-10
 L  capacity_amd_2029-11
 L  capacity_amd_2029-12
 L  capacity_amd_2030-01
 L  capacity_amd_2030-02
 L  capacity_amd_2030-03
 L  capacity_amd_2030-04
 L  capacity_amd_2030-05
 L  capacity_amd_2030-06
 L  capacity_amd_2030-07
 L  capacity_amd_2030-08
 L  capacity_amd_2030-09
 L  capacity_amd_2030-10
 L  capacity_amd_2030-11
 L  capacity_amd_2030-12
 L  capacity_amd_2031-01
 L  capacity_amd_2031-02
 L  capacity_amd_2031-03
 L  capacity_amd_2031-04
 L  capacity_amd_2031-05
 L  capacity_amd_2031-06
 L  capacity_amd_2031-07
 L  capacity_amd_2031-08
 L  capacity_amd_2031-09
 L  capacity_amd_2031-10
 L  capacity_amd_2031-11
 L  capacity_amd_2031-12
 G  dedicated_t3_b200-hgx
 L  grid_2026-10
 L  grid_2026-11
 L  grid_2027-01
 L  grid_2027-07
 L  grid_2028-01
 L  grid_2028-07
 L  grid_2029-01
 L  grid_2029-07
 L  grid_2030-01
 L  grid_2030-07
 L  grid_2031-01
 L  grid_2031-07
 L  hall
 L  budget
 L  national_eu_share
 L  national_eu_cap
 G  quota_t1_2026-10
 G  quota_t1_2026-11
 G  quota_t1_2027-01
 G  quota_t1_2027-07
 G  quota_t1_2028-01
 G  quota_t1_2028-07
 G  quota_t1_2029-01
 G  quota_t1_2029-07
 G  quota_t1_2030-01
 G  quota_t1_2030-07
 G  quota_t1_2031-01
 G  quota_t1_2031-07
 G  quota_t2_2027-01
 G  quota_t2_2027-07
 G  quota_t2_2028-01
 G  quota_t2_2028-07
 G  quota_t2_2029-01
 G  quota_t2_2029-07
 G  quota_t2_2030-01
 G  quota_t2_2030-07
 G  quota_t2_2031-01
 G  quota_t2_2031-07
 G  quota_t4_2027-01
 G  quota_t4_2027-07
 G  quota_t4_2028-01
 G  quota_t4_2028-07
 G  quota_t4_2029-01
 G  quota_t4_2029-07
 G  quota_t4_2030-01
 G  quota_t4_2030-07
 G  quota_t4_2031-01
 G  quota_t4_2031-07
COLUMNS
    MARKER    'MARKER'    'INTORG'
    x_h100-hgx_2026-10  served  -28.357675596639183
    x_h100-hgx_2026-10  capacity_nvidia_2026-10  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2026-11  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2026-12  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-01  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-02  -4276.937244031759
    x_h100-hgx_2026-10  capacity_nvidia_2027-03  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-04  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2027-05  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-06  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2027-07  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-08  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-09  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2027-10  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2027-11  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2027-12  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-01  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-02  -4429.685002747179
    x_h100-hgx_2026-10  capacity_nvidia_2028-03  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-04  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2028-05  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-06  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2028-07  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-08  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-09  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2028-10  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2028-11  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2028-12  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-01  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-02  -4276.937244031759
    x_h100-hgx_2026-10  capacity_nvidia_2029-03  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-04  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2029-05  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-06  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2026-10  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2026-10  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2026-10  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2026-10  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2026-10  grid_2026-10  10.2
    x_h100-hgx_2026-10  grid_2026-11  10.2
    x_h100-hgx_2026-10  grid_2027-01  10.2
    x_h100-hgx_2026-10  grid_2027-07  10.2
    x_h100-hgx_2026-10  grid_2028-01  10.2
    x_h100-hgx_2026-10  grid_2028-07  10.2
    x_h100-hgx_2026-10  grid_2029-01  10.2
    x_h100-hgx_2026-10  grid_2029-07  10.2
    x_h100-hgx_2026-10  grid_2030-01  10.2
    x_h100-hgx_2026-10  grid_2030-07  10.2
    x_h100-hgx_2026-10  grid_2031-01  10.2
    x_h100-hgx_2026-10  grid_2031-07  10.2
    x_h100-hgx_2026-10  hall  10.2
    x_h100-hgx_2026-10  budget  283576.7559663918
    x_h100-hgx_2026-10  national_eu_share  168308.3779831959
    x_h100-hgx_2026-10  national_eu_cap  283576.7559663918
    x_h100-hgx_2026-10  quota_t1_2026-10  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2026-11  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2027-01  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2027-07  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2028-01  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2028-07  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2029-01  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2026-10  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2026-10  quota_t2_2027-01  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2027-07  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2028-01  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2028-07  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2029-01  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2026-10  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2026-10  quota_t4_2027-01  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2027-07  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2028-01  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2028-07  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2029-01  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2026-10  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2027-01  served  -27.7583664
    x_h100-hgx_2027-01  capacity_nvidia_2027-01  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2027-02  -4276.937244031759
    x_h100-hgx_2027-01  capacity_nvidia_2027-03  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2027-04  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2027-05  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2027-06  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2027-07  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2027-08  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2027-09  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2027-10  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2027-11  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2027-12  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-01  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-02  -4429.685002747179
    x_h100-hgx_2027-01  capacity_nvidia_2028-03  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-04  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2028-05  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-06  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2028-07  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-08  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-09  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2028-10  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2028-11  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2028-12  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-01  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-02  -4276.937244031759
    x_h100-hgx_2027-01  capacity_nvidia_2029-03  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-04  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2029-05  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-06  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2027-01  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2027-01  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2027-01  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2027-01  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2027-01  grid_2027-01  10.2
    x_h100-hgx_2027-01  grid_2027-07  10.2
    x_h100-hgx_2027-01  grid_2028-01  10.2
    x_h100-hgx_2027-01  grid_2028-07  10.2
    x_h100-hgx_2027-01  grid_2029-01  10.2
    x_h100-hgx_2027-01  grid_2029-07  10.2
    x_h100-hgx_2027-01  grid_2030-01  10.2
    x_h100-hgx_2027-01  grid_2030-07  10.2
    x_h100-hgx_2027-01  grid_2031-01  10.2
    x_h100-hgx_2027-01  grid_2031-07  10.2
    x_h100-hgx_2027-01  hall  10.2
    x_h100-hgx_2027-01  budget  277583.664
    x_h100-hgx_2027-01  national_eu_share  165311.832
    x_h100-hgx_2027-01  national_eu_cap  277583.664
    x_h100-hgx_2027-01  quota_t1_2027-01  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2027-07  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2028-01  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2028-07  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2029-01  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2027-01  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2027-01  quota_t2_2027-01  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2027-07  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2028-01  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2028-07  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2029-01  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2027-01  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2027-01  quota_t4_2027-01  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2027-07  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2028-01  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2028-07  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2029-01  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2027-01  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2027-07  served  -26.60608237198664
    x_h100-hgx_2027-07  capacity_nvidia_2027-07  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2027-08  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2027-09  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2027-10  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2027-11  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2027-12  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-01  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-02  -4429.685002747179
    x_h100-hgx_2027-07  capacity_nvidia_2028-03  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-04  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2028-05  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-06  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2028-07  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-08  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-09  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2028-10  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2028-11  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2028-12  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-01  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-02  -4276.937244031759
    x_h100-hgx_2027-07  capacity_nvidia_2029-03  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-04  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2029-05  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-06  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2027-07  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2027-07  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2027-07  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2027-07  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2027-07  grid_2027-07  10.2
    x_h100-hgx_2027-07  grid_2028-01  10.2
    x_h100-hgx_2027-07  grid_2028-07  10.2
    x_h100-hgx_2027-07  grid_2029-01  10.2
    x_h100-hgx_2027-07  grid_2029-07  10.2
    x_h100-hgx_2027-07  grid_2030-01  10.2
    x_h100-hgx_2027-07  grid_2030-07  10.2
    x_h100-hgx_2027-07  grid_2031-01  10.2
    x_h100-hgx_2027-07  grid_2031-07  10.2
    x_h100-hgx_2027-07  hall  10.2
    x_h100-hgx_2027-07  budget  266060.8237198664
    x_h100-hgx_2027-07  national_eu_share  159550.41185993317
    x_h100-hgx_2027-07  national_eu_cap  266060.8237198664
    x_h100-hgx_2027-07  quota_t1_2027-07  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2028-01  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2028-07  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2029-01  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2027-07  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2027-07  quota_t2_2027-07  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2028-01  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2028-07  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2029-01  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2027-07  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2027-07  quota_t4_2027-07  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2028-01  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2028-07  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2029-01  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2027-07  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2028-01  served  -25.512929760000002
    x_h100-hgx_2028-01  capacity_nvidia_2028-01  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2028-02  -4429.685002747179
    x_h100-hgx_2028-01  capacity_nvidia_2028-03  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2028-04  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2028-05  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2028-06  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2028-07  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2028-08  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2028-09  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2028-10  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2028-11  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2028-12  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-01  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-02  -4276.937244031759
    x_h100-hgx_2028-01  capacity_nvidia_2029-03  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-04  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2029-05  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-06  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2028-01  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2028-01  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2028-01  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2028-01  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2028-01  grid_2028-01  10.2
    x_h100-hgx_2028-01  grid_2028-07  10.2
    x_h100-hgx_2028-01  grid_2029-01  10.2
    x_h100-hgx_2028-01  grid_2029-07  10.2
    x_h100-hgx_2028-01  grid_2030-01  10.2
    x_h100-hgx_2028-01  grid_2030-07  10.2
    x_h100-hgx_2028-01  grid_2031-01  10.2
    x_h100-hgx_2028-01  grid_2031-07  10.2
    x_h100-hgx_2028-01  hall  10.2
    x_h100-hgx_2028-01  budget  255129.29760000002
    x_h100-hgx_2028-01  national_eu_share  154084.64880000002
    x_h100-hgx_2028-01  national_eu_cap  255129.29760000002
    x_h100-hgx_2028-01  quota_t1_2028-01  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2028-07  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2029-01  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2028-01  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2028-01  quota_t2_2028-01  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2028-07  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2029-01  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2028-01  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2028-01  quota_t4_2028-01  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2028-07  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2029-01  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2028-01  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2028-07  served  -24.475874134787983
    x_h100-hgx_2028-07  capacity_nvidia_2028-07  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2028-08  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2028-09  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2028-10  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2028-11  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2028-12  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-01  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-02  -4276.937244031759
    x_h100-hgx_2028-07  capacity_nvidia_2029-03  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-04  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2029-05  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-06  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2028-07  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2028-07  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2028-07  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2028-07  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2028-07  grid_2028-07  10.2
    x_h100-hgx_2028-07  grid_2029-01  10.2
    x_h100-hgx_2028-07  grid_2029-07  10.2
    x_h100-hgx_2028-07  grid_2030-01  10.2
    x_h100-hgx_2028-07  grid_2030-07  10.2
    x_h100-hgx_2028-07  grid_2031-01  10.2
    x_h100-hgx_2028-07  grid_2031-07  10.2
    x_h100-hgx_2028-07  hall  10.2
    x_h100-hgx_2028-07  budget  244758.7413478798
    x_h100-hgx_2028-07  national_eu_share  148899.3706739399
    x_h100-hgx_2028-07  national_eu_cap  244758.7413478798
    x_h100-hgx_2028-07  quota_t1_2028-07  2.864020475914124
    x_h100-hgx_2028-07  quota_t1_2029-01  2.864020475914124
    x_h100-hgx_2028-07  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2028-07  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2028-07  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2028-07  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2028-07  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2028-07  quota_t2_2028-07  1.2728979892951664
    x_h100-hgx_2028-07  quota_t2_2029-01  1.2728979892951664
    x_h100-hgx_2028-07  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2028-07  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2028-07  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2028-07  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2028-07  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2028-07  quota_t4_2028-07  1.9093469839427493
    x_h100-hgx_2028-07  quota_t4_2029-01  1.9093469839427493
    x_h100-hgx_2028-07  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2028-07  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2028-07  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2028-07  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2028-07  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2029-01  served  -23.492036784
    x_h100-hgx_2029-01  capacity_nvidia_2029-01  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2029-02  -4276.937244031759
    x_h100-hgx_2029-01  capacity_nvidia_2029-03  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2029-04  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2029-05  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2029-06  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2029-01  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2029-01  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2029-01  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2029-01  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2029-01  grid_2029-01  10.2
    x_h100-hgx_2029-01  grid_2029-07  10.2
    x_h100-hgx_2029-01  grid_2030-01  10.2
    x_h100-hgx_2029-01  grid_2030-07  10.2
    x_h100-hgx_2029-01  grid_2031-01  10.2
    x_h100-hgx_2029-01  grid_2031-07  10.2
    x_h100-hgx_2029-01  hall  10.2
    x_h100-hgx_2029-01  budget  234920.36784
    x_h100-hgx_2029-01  national_eu_share  143980.18391999998
    x_h100-hgx_2029-01  national_eu_cap  234920.36784
    x_h100-hgx_2029-01  quota_t1_2029-01  2.864020475914124
    x_h100-hgx_2029-01  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2029-01  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2029-01  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2029-01  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2029-01  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2029-01  quota_t2_2029-01  1.2728979892951664
    x_h100-hgx_2029-01  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2029-01  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2029-01  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2029-01  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2029-01  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2029-01  quota_t4_2029-01  1.9093469839427493
    x_h100-hgx_2029-01  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2029-01  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2029-01  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2029-01  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2029-01  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2029-07  served  -22.558686721309183
    x_h100-hgx_2029-07  capacity_nvidia_2029-07  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2029-08  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2029-09  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2029-10  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2029-11  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2029-12  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2029-07  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2029-07  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2029-07  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2029-07  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2029-07  grid_2029-07  10.2
    x_h100-hgx_2029-07  grid_2030-01  10.2
    x_h100-hgx_2029-07  grid_2030-07  10.2
    x_h100-hgx_2029-07  grid_2031-01  10.2
    x_h100-hgx_2029-07  grid_2031-07  10.2
    x_h100-hgx_2029-07  hall  10.2
    x_h100-hgx_2029-07  budget  225586.8672130918
    x_h100-hgx_2029-07  national_eu_share  139313.4336065459
    x_h100-hgx_2029-07  national_eu_cap  225586.8672130918
    x_h100-hgx_2029-07  quota_t1_2029-07  2.864020475914124
    x_h100-hgx_2029-07  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2029-07  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2029-07  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2029-07  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2029-07  quota_t2_2029-07  1.2728979892951664
    x_h100-hgx_2029-07  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2029-07  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2029-07  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2029-07  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2029-07  quota_t4_2029-07  1.9093469839427493
    x_h100-hgx_2029-07  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2029-07  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2029-07  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2029-07  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2030-01  served  -21.673233105600005
    x_h100-hgx_2030-01  capacity_nvidia_2030-01  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2030-02  -4276.937244031759
    x_h100-hgx_2030-01  capacity_nvidia_2030-03  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2030-04  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2030-05  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2030-06  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2030-01  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2030-01  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2030-01  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2030-01  grid_2030-01  10.2
    x_h100-hgx_2030-01  grid_2030-07  10.2
    x_h100-hgx_2030-01  grid_2031-01  10.2
    x_h100-hgx_2030-01  grid_2031-07  10.2
    x_h100-hgx_2030-01  hall  10.2
    x_h100-hgx_2030-01  budget  216732.33105600002
    x_h100-hgx_2030-01  national_eu_share  134886.165528
    x_h100-hgx_2030-01  national_eu_cap  216732.33105600002
    x_h100-hgx_2030-01  quota_t1_2030-01  2.864020475914124
    x_h100-hgx_2030-01  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2030-01  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2030-01  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2030-01  quota_t2_2030-01  1.2728979892951664
    x_h100-hgx_2030-01  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2030-01  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2030-01  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2030-01  quota_t4_2030-01  1.9093469839427493
    x_h100-hgx_2030-01  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2030-01  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2030-01  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2030-07  served  -20.833218049178264
    x_h100-hgx_2030-07  capacity_nvidia_2030-07  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2030-08  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2030-09  -4582.432761462599
    x_h100-hgx_2030-07  capacity_nvidia_2030-10  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2030-11  -4582.432761462599
    x_h100-hgx_2030-07  capacity_nvidia_2030-12  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2030-07  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2030-07  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2030-07  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2030-07  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2030-07  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2030-07  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2030-07  grid_2030-07  10.2
    x_h100-hgx_2030-07  grid_2031-01  10.2
    x_h100-hgx_2030-07  grid_2031-07  10.2
    x_h100-hgx_2030-07  hall  10.2
    x_h100-hgx_2030-07  budget  208332.18049178264
    x_h100-hgx_2030-07  national_eu_share  130686.0902458913
    x_h100-hgx_2030-07  national_eu_cap  208332.18049178264
    x_h100-hgx_2030-07  quota_t1_2030-07  2.864020475914124
    x_h100-hgx_2030-07  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2030-07  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2030-07  quota_t2_2030-07  1.2728979892951664
    x_h100-hgx_2030-07  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2030-07  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2030-07  quota_t4_2030-07  1.9093469839427493
    x_h100-hgx_2030-07  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2030-07  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2031-01  served  -20.036309795040005
    x_h100-hgx_2031-01  capacity_nvidia_2031-01  -4735.180520178019
    x_h100-hgx_2031-01  capacity_nvidia_2031-02  -4276.937244031759
    x_h100-hgx_2031-01  capacity_nvidia_2031-03  -4735.180520178019
    x_h100-hgx_2031-01  capacity_nvidia_2031-04  -4582.432761462599
    x_h100-hgx_2031-01  capacity_nvidia_2031-05  -4735.180520178019
    x_h100-hgx_2031-01  capacity_nvidia_2031-06  -4582.432761462599
    x_h100-hgx_2031-01  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2031-01  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2031-01  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2031-01  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2031-01  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2031-01  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2031-01  grid_2031-01  10.2
    x_h100-hgx_2031-01  grid_2031-07  10.2
    x_h100-hgx_2031-01  hall  10.2
    x_h100-hgx_2031-01  budget  200363.09795040003
    x_h100-hgx_2031-01  national_eu_share  126701.54897520001
    x_h100-hgx_2031-01  national_eu_cap  200363.09795040003
    x_h100-hgx_2031-01  quota_t1_2031-01  2.864020475914124
    x_h100-hgx_2031-01  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2031-01  quota_t2_2031-01  1.2728979892951664
    x_h100-hgx_2031-01  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2031-01  quota_t4_2031-01  1.9093469839427493
    x_h100-hgx_2031-01  quota_t4_2031-07  1.9093469839427493
    x_h100-hgx_2031-07  served  -19.28029624426044
    x_h100-hgx_2031-07  capacity_nvidia_2031-07  -4735.180520178019
    x_h100-hgx_2031-07  capacity_nvidia_2031-08  -4735.180520178019
    x_h100-hgx_2031-07  capacity_nvidia_2031-09  -4582.432761462599
    x_h100-hgx_2031-07  capacity_nvidia_2031-10  -4735.180520178019
    x_h100-hgx_2031-07  capacity_nvidia_2031-11  -4582.432761462599
    x_h100-hgx_2031-07  capacity_nvidia_2031-12  -4735.180520178019
    x_h100-hgx_2031-07  grid_2031-07  10.2
    x_h100-hgx_2031-07  hall  10.2
    x_h100-hgx_2031-07  budget  192802.9624426044
    x_h100-hgx_2031-07  national_eu_share  122921.4812213022
    x_h100-hgx_2031-07  national_eu_cap  192802.9624426044
    x_h100-hgx_2031-07  quota_t1_2031-07  2.864020475914124
    x_h100-hgx_2031-07  quota_t2_2031-07  1.2728979892951664
    x_h100-hgx_2031-07  quota_t4_2031-07  1.9093469839427493
    x_h200-hgx_2026-10  served  -34.28565151740727
    x_h200-hgx_2026-10  capacity_nvidia_2026-10  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2026-11  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2026-12  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-01  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-02  -5132.32469283811
    x_h200-hgx_2026-10  capacity_nvidia_2027-03  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-04  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2027-05  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-06  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2027-07  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-08  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-09  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2027-10  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2027-11  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2027-12  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-01  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-02  -5315.622003296614
    x_h200-hgx_2026-10  capacity_nvidia_2028-03  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-04  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2028-05  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-06  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2028-07  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-08  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-09  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2028-10  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2028-11  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2028-12  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-01  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-02  -5132.32469283811
    x_h200-hgx_2026-10  capacity_nvidia_2029-03  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-04  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2029-05  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-06  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2026-10  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2026-10  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2026-10  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2026-10  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2026-10  grid_2026-10  10.2
    x_h200-hgx_2026-10  grid_2026-11  10.2
    x_h200-hgx_2026-10  grid_2027-01  10.2
    x_h200-hgx_2026-10  grid_2027-07  10.2
    x_h200-hgx_2026-10  grid_2028-01  10.2
    x_h200-hgx_2026-10  grid_2028-07  10.2
    x_h200-hgx_2026-10  grid_2029-01  10.2
    x_h200-hgx_2026-10  grid_2029-07  10.2
    x_h200-hgx_2026-10  grid_2030-01  10.2
    x_h200-hgx_2026-10  grid_2030-07  10.2
    x_h200-hgx_2026-10  grid_2031-01  10.2
    x_h200-hgx_2026-10  grid_2031-07  10.2
    x_h200-hgx_2026-10  hall  10.2
    x_h200-hgx_2026-10  budget  342856.51517407264
    x_h200-hgx_2026-10  national_eu_share  197948.25758703632
    x_h200-hgx_2026-10  national_eu_cap  342856.51517407264
    x_h200-hgx_2026-10  quota_t1_2026-10  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2026-11  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2027-01  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2027-07  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2028-01  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2028-07  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2029-01  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2026-10  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2026-10  quota_t2_2027-01  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2027-07  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2028-01  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2028-07  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2029-01  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2026-10  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2026-10  quota_t4_2027-01  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2027-07  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2028-01  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2028-07  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2029-01  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2026-10  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2027-01  served  -33.37408954893933
    x_h200-hgx_2027-01  capacity_nvidia_2027-01  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2027-02  -5132.32469283811
    x_h200-hgx_2027-01  capacity_nvidia_2027-03  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2027-04  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2027-05  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2027-06  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2027-07  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2027-08  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2027-09  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2027-10  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2027-11  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2027-12  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-01  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-02  -5315.622003296614
    x_h200-hgx_2027-01  capacity_nvidia_2028-03  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-04  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2028-05  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-06  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2028-07  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-08  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-09  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2028-10  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2028-11  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2028-12  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-01  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-02  -5132.32469283811
    x_h200-hgx_2027-01  capacity_nvidia_2029-03  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-04  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2029-05  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-06  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2027-01  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2027-01  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2027-01  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2027-01  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2027-01  grid_2027-01  10.2
    x_h200-hgx_2027-01  grid_2027-07  10.2
    x_h200-hgx_2027-01  grid_2028-01  10.2
    x_h200-hgx_2027-01  grid_2028-07  10.2
    x_h200-hgx_2027-01  grid_2029-01  10.2
    x_h200-hgx_2027-01  grid_2029-07  10.2
    x_h200-hgx_2027-01  grid_2030-01  10.2
    x_h200-hgx_2027-01  grid_2030-07  10.2
    x_h200-hgx_2027-01  grid_2031-01  10.2
    x_h200-hgx_2027-01  grid_2031-07  10.2
    x_h200-hgx_2027-01  hall  10.2
    x_h200-hgx_2027-01  budget  333740.8954893933
    x_h200-hgx_2027-01  national_eu_share  193390.44774469663
    x_h200-hgx_2027-01  national_eu_cap  333740.8954893933
    x_h200-hgx_2027-01  quota_t1_2027-01  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2027-07  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2028-01  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2028-07  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2029-01  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2027-01  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2027-01  quota_t2_2027-01  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2027-07  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2028-01  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2028-07  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2029-01  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2027-01  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2027-01  quota_t4_2027-01  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2027-07  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2028-01  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2028-07  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2029-01  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2027-01  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2027-07  served  -31.63607808
    x_h200-hgx_2027-07  capacity_nvidia_2027-07  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2027-08  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2027-09  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2027-10  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2027-11  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2027-12  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-01  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-02  -5315.622003296614
    x_h200-hgx_2027-07  capacity_nvidia_2028-03  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-04  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2028-05  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-06  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2028-07  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-08  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-09  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2028-10  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2028-11  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2028-12  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-01  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-02  -5132.32469283811
    x_h200-hgx_2027-07  capacity_nvidia_2029-03  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-04  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2029-05  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-06  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2027-07  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2027-07  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2027-07  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2027-07  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2027-07  grid_2027-07  10.2
    x_h200-hgx_2027-07  grid_2028-01  10.2
    x_h200-hgx_2027-07  grid_2028-07  10.2
    x_h200-hgx_2027-07  grid_2029-01  10.2
    x_h200-hgx_2027-07  grid_2029-07  10.2
    x_h200-hgx_2027-07  grid_2030-01  10.2
    x_h200-hgx_2027-07  grid_2030-07  10.2
    x_h200-hgx_2027-07  grid_2031-01  10.2
    x_h200-hgx_2027-07  grid_2031-07  10.2
    x_h200-hgx_2027-07  hall  10.2
    x_h200-hgx_2027-07  budget  316360.7808
    x_h200-hgx_2027-07  national_eu_share  184700.39039999997
    x_h200-hgx_2027-07  national_eu_cap  316360.7808
    x_h200-hgx_2027-07  quota_t1_2027-07  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2028-01  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2028-07  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2029-01  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2027-07  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2027-07  quota_t2_2027-07  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2028-01  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2028-07  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2029-01  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2027-07  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2027-07  quota_t4_2027-07  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2028-01  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2028-07  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2029-01  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2027-07  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2028-01  served  -30.005678803066616
    x_h200-hgx_2028-01  capacity_nvidia_2028-01  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2028-02  -5315.622003296614
    x_h200-hgx_2028-01  capacity_nvidia_2028-03  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2028-04  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2028-05  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2028-06  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2028-07  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2028-08  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2028-09  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2028-10  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2028-11  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2028-12  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-01  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-02  -5132.32469283811
    x_h200-hgx_2028-01  capacity_nvidia_2029-03  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-04  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2029-05  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-06  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2028-01  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2028-01  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2028-01  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2028-01  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2028-01  grid_2028-01  10.2
    x_h200-hgx_2028-01  grid_2028-07  10.2
    x_h200-hgx_2028-01  grid_2029-01  10.2
    x_h200-hgx_2028-01  grid_2029-07  10.2
    x_h200-hgx_2028-01  grid_2030-01  10.2
    x_h200-hgx_2028-01  grid_2030-07  10.2
    x_h200-hgx_2028-01  grid_2031-01  10.2
    x_h200-hgx_2028-01  grid_2031-07  10.2
    x_h200-hgx_2028-01  hall  10.2
    x_h200-hgx_2028-01  budget  300056.7880306661
    x_h200-hgx_2028-01  national_eu_share  176548.39401533303
    x_h200-hgx_2028-01  national_eu_cap  300056.7880306661
    x_h200-hgx_2028-01  quota_t1_2028-01  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2028-07  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2029-01  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2028-01  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2028-01  quota_t2_2028-01  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2028-07  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2029-01  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2028-01  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2028-01  quota_t4_2028-01  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2028-07  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2029-01  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2028-01  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2028-07  served  -28.4762287104
    x_h200-hgx_2028-07  capacity_nvidia_2028-07  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2028-08  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2028-09  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2028-10  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2028-11  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2028-12  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-01  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-02  -5132.32469283811
    x_h200-hgx_2028-07  capacity_nvidia_2029-03  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-04  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2029-05  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-06  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2028-07  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2028-07  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2028-07  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2028-07  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2028-07  grid_2028-07  10.2
    x_h200-hgx_2028-07  grid_2029-01  10.2
    x_h200-hgx_2028-07  grid_2029-07  10.2
    x_h200-hgx_2028-07  grid_2030-01  10.2
    x_h200-hgx_2028-07  grid_2030-07  10.2
    x_h200-hgx_2028-07  grid_2031-01  10.2
    x_h200-hgx_2028-07  grid_2031-07  10.2
    x_h200-hgx_2028-07  hall  10.2
    x_h200-hgx_2028-07  budget  284762.287104
    x_h200-hgx_2028-07  national_eu_share  168901.143552
    x_h200-hgx_2028-07  national_eu_cap  284762.287104
    x_h200-hgx_2028-07  quota_t1_2028-07  3.436824571096949
    x_h200-hgx_2028-07  quota_t1_2029-01  3.436824571096949
    x_h200-hgx_2028-07  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2028-07  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2028-07  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2028-07  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2028-07  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2028-07  quota_t2_2028-07  1.5274775871541997
    x_h200-hgx_2028-07  quota_t2_2029-01  1.5274775871541997
    x_h200-hgx_2028-07  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2028-07  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2028-07  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2028-07  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2028-07  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2028-07  quota_t4_2028-07  2.291216380731299
    x_h200-hgx_2028-07  quota_t4_2029-01  2.291216380731299
    x_h200-hgx_2028-07  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2028-07  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2028-07  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2028-07  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2028-07  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2029-01  served  -27.04147734669862
    x_h200-hgx_2029-01  capacity_nvidia_2029-01  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2029-02  -5132.32469283811
    x_h200-hgx_2029-01  capacity_nvidia_2029-03  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2029-04  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2029-05  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2029-06  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2029-01  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2029-01  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2029-01  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2029-01  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2029-01  grid_2029-01  10.2
    x_h200-hgx_2029-01  grid_2029-07  10.2
    x_h200-hgx_2029-01  grid_2030-01  10.2
    x_h200-hgx_2029-01  grid_2030-07  10.2
    x_h200-hgx_2029-01  grid_2031-01  10.2
    x_h200-hgx_2029-01  grid_2031-07  10.2
    x_h200-hgx_2029-01  hall  10.2
    x_h200-hgx_2029-01  budget  270414.7734669862
    x_h200-hgx_2029-01  national_eu_share  161727.3867334931
    x_h200-hgx_2029-01  national_eu_cap  270414.7734669862
    x_h200-hgx_2029-01  quota_t1_2029-01  3.436824571096949
    x_h200-hgx_2029-01  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2029-01  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2029-01  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2029-01  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2029-01  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2029-01  quota_t2_2029-01  1.5274775871541997
    x_h200-hgx_2029-01  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2029-01  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2029-01  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2029-01  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2029-01  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2029-01  quota_t4_2029-01  2.291216380731299
    x_h200-hgx_2029-01  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2029-01  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2029-01  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2029-01  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2029-01  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2029-07  served  -25.695561265151998
    x_h200-hgx_2029-07  capacity_nvidia_2029-07  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2029-08  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2029-09  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2029-10  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2029-11  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2029-12  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2029-07  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2029-07  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2029-07  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2029-07  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2029-07  grid_2029-07  10.2
    x_h200-hgx_2029-07  grid_2030-01  10.2
    x_h200-hgx_2029-07  grid_2030-07  10.2
    x_h200-hgx_2029-07  grid_2031-01  10.2
    x_h200-hgx_2029-07  grid_2031-07  10.2
    x_h200-hgx_2029-07  hall  10.2
    x_h200-hgx_2029-07  budget  256955.61265151997
    x_h200-hgx_2029-07  national_eu_share  154997.80632575997
    x_h200-hgx_2029-07  national_eu_cap  256955.61265151997
    x_h200-hgx_2029-07  quota_t1_2029-07  3.436824571096949
    x_h200-hgx_2029-07  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2029-07  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2029-07  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2029-07  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2029-07  quota_t2_2029-07  1.5274775871541997
    x_h200-hgx_2029-07  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2029-07  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2029-07  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2029-07  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2029-07  quota_t4_2029-07  2.291216380731299
    x_h200-hgx_2029-07  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2029-07  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2029-07  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2029-07  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2030-01  served  -24.43298006509479
    x_h200-hgx_2030-01  capacity_nvidia_2030-01  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2030-02  -5132.32469283811
    x_h200-hgx_2030-01  capacity_nvidia_2030-03  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2030-04  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2030-05  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2030-06  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2030-01  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2030-01  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2030-01  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2030-01  grid_2030-01  10.2
    x_h200-hgx_2030-01  grid_2030-07  10.2
    x_h200-hgx_2030-01  grid_2031-01  10.2
    x_h200-hgx_2030-01  grid_2031-07  10.2
    x_h200-hgx_2030-01  hall  10.2
    x_h200-hgx_2030-01  budget  244329.80065094787
    x_h200-hgx_2030-01  national_eu_share  148684.90032547392
    x_h200-hgx_2030-01  national_eu_cap  244329.80065094787
    x_h200-hgx_2030-01  quota_t1_2030-01  3.436824571096949
    x_h200-hgx_2030-01  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2030-01  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2030-01  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2030-01  quota_t2_2030-01  1.5274775871541997
    x_h200-hgx_2030-01  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2030-01  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2030-01  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2030-01  quota_t4_2030-01  2.291216380731299
    x_h200-hgx_2030-01  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2030-01  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2030-01  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2030-07  served  -23.24857391333376
    x_h200-hgx_2030-07  capacity_nvidia_2030-07  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2030-08  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2030-09  -5498.919313755118
    x_h200-hgx_2030-07  capacity_nvidia_2030-10  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2030-11  -5498.919313755118
    x_h200-hgx_2030-07  capacity_nvidia_2030-12  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2030-07  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2030-07  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2030-07  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2030-07  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2030-07  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2030-07  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2030-07  grid_2030-07  10.2
    x_h200-hgx_2030-07  grid_2031-01  10.2
    x_h200-hgx_2030-07  grid_2031-07  10.2
    x_h200-hgx_2030-07  hall  10.2
    x_h200-hgx_2030-07  budget  232485.7391333376
    x_h200-hgx_2030-07  national_eu_share  142762.86956666879
    x_h200-hgx_2030-07  national_eu_cap  232485.7391333376
    x_h200-hgx_2030-07  quota_t1_2030-07  3.436824571096949
    x_h200-hgx_2030-07  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2030-07  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2030-07  quota_t2_2030-07  1.5274775871541997
    x_h200-hgx_2030-07  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2030-07  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2030-07  quota_t4_2030-07  2.291216380731299
    x_h200-hgx_2030-07  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2030-07  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2031-01  served  -22.13750245728341
    x_h200-hgx_2031-01  capacity_nvidia_2031-01  -5682.216624213622
    x_h200-hgx_2031-01  capacity_nvidia_2031-02  -5132.32469283811
    x_h200-hgx_2031-01  capacity_nvidia_2031-03  -5682.216624213622
    x_h200-hgx_2031-01  capacity_nvidia_2031-04  -5498.919313755118
    x_h200-hgx_2031-01  capacity_nvidia_2031-05  -5682.216624213622
    x_h200-hgx_2031-01  capacity_nvidia_2031-06  -5498.919313755118
    x_h200-hgx_2031-01  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2031-01  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2031-01  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2031-01  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2031-01  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2031-01  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2031-01  grid_2031-01  10.2
    x_h200-hgx_2031-01  grid_2031-07  10.2
    x_h200-hgx_2031-01  hall  10.2
    x_h200-hgx_2031-01  budget  221375.0245728341
    x_h200-hgx_2031-01  national_eu_share  137207.51228641707
    x_h200-hgx_2031-01  national_eu_cap  221375.0245728341
    x_h200-hgx_2031-01  quota_t1_2031-01  3.436824571096949
    x_h200-hgx_2031-01  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2031-01  quota_t2_2031-01  1.5274775871541997
    x_h200-hgx_2031-01  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2031-01  quota_t4_2031-01  2.291216380731299
    x_h200-hgx_2031-01  quota_t4_2031-07  2.291216380731299
    x_h200-hgx_2031-07  served  -21.09522504373371
    x_h200-hgx_2031-07  capacity_nvidia_2031-07  -5682.216624213622
    x_h200-hgx_2031-07  capacity_nvidia_2031-08  -5682.216624213622
    x_h200-hgx_2031-07  capacity_nvidia_2031-09  -5498.919313755118
    x_h200-hgx_2031-07  capacity_nvidia_2031-10  -5682.216624213622
    x_h200-hgx_2031-07  capacity_nvidia_2031-11  -5498.919313755118
    x_h200-hgx_2031-07  capacity_nvidia_2031-12  -5682.216624213622
    x_h200-hgx_2031-07  grid_2031-07  10.2
    x_h200-hgx_2031-07  hall  10.2
    x_h200-hgx_2031-07  budget  210952.2504373371
    x_h200-hgx_2031-07  national_eu_share  131996.12521866855
    x_h200-hgx_2031-07  national_eu_cap  210952.2504373371
    x_h200-hgx_2031-07  quota_t1_2031-07  3.436824571096949
    x_h200-hgx_2031-07  quota_t2_2031-07  1.5274775871541997
    x_h200-hgx_2031-07  quota_t4_2031-07  2.291216380731299
    x_b200-hgx_2026-11  served  -41.49657008908065
    x_b200-hgx_2026-11  capacity_nvidia_2026-11  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2026-12  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-01  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-02  -8546.465493317522
    x_b200-hgx_2026-11  capacity_nvidia_2027-03  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-04  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2027-05  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-06  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2027-07  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-08  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-09  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2027-10  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2027-11  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2027-12  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-01  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-02  -8851.696403793148
    x_b200-hgx_2026-11  capacity_nvidia_2028-03  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-04  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2028-05  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-06  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2028-07  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-08  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-09  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2028-10  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2028-11  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2028-12  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-01  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-02  -8546.465493317522
    x_b200-hgx_2026-11  capacity_nvidia_2029-03  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-04  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2029-05  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-06  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2026-11  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2026-11  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2026-11  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2026-11  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2026-11  dedicated_t3_b200-hgx  1.0
    x_b200-hgx_2026-11  grid_2026-11  14.3
    x_b200-hgx_2026-11  grid_2027-01  14.3
    x_b200-hgx_2026-11  grid_2027-07  14.3
    x_b200-hgx_2026-11  grid_2028-01  14.3
    x_b200-hgx_2026-11  grid_2028-07  14.3
    x_b200-hgx_2026-11  grid_2029-01  14.3
    x_b200-hgx_2026-11  grid_2029-07  14.3
    x_b200-hgx_2026-11  grid_2030-01  14.3
    x_b200-hgx_2026-11  grid_2030-07  14.3
    x_b200-hgx_2026-11  grid_2031-01  14.3
    x_b200-hgx_2026-11  grid_2031-07  14.3
    x_b200-hgx_2026-11  hall  14.3
    x_b200-hgx_2026-11  budget  414965.70089080645
    x_b200-hgx_2026-11  national_eu_share  244662.85044540322
    x_b200-hgx_2026-11  national_eu_cap  414965.70089080645
    x_b200-hgx_2026-11  quota_t1_2026-11  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2027-01  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2027-07  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2028-01  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2028-07  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2029-01  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2026-11  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2026-11  quota_t2_2027-01  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2027-07  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2028-01  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2028-07  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2029-01  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2026-11  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2026-11  quota_t4_2027-01  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2027-07  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2028-01  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2028-07  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2029-01  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2026-11  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2027-01  served  -40.778566399999995
    x_b200-hgx_2027-01  capacity_nvidia_2027-01  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2027-02  -8546.465493317522
    x_b200-hgx_2027-01  capacity_nvidia_2027-03  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2027-04  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2027-05  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2027-06  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2027-07  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2027-08  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2027-09  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2027-10  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2027-11  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2027-12  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-01  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-02  -8851.696403793148
    x_b200-hgx_2027-01  capacity_nvidia_2028-03  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-04  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2028-05  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-06  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2028-07  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-08  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-09  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2028-10  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2028-11  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2028-12  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-01  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-02  -8546.465493317522
    x_b200-hgx_2027-01  capacity_nvidia_2029-03  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-04  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2029-05  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-06  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2027-01  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2027-01  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2027-01  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2027-01  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2027-01  dedicated_t3_b200-hgx  1.0
    x_b200-hgx_2027-01  grid_2027-01  14.3
    x_b200-hgx_2027-01  grid_2027-07  14.3
    x_b200-hgx_2027-01  grid_2028-01  14.3
    x_b200-hgx_2027-01  grid_2028-07  14.3
    x_b200-hgx_2027-01  grid_2029-01  14.3
    x_b200-hgx_2027-01  grid_2029-07  14.3
    x_b200-hgx_2027-01  grid_2030-01  14.3
    x_b200-hgx_2027-01  grid_2030-07  14.3
    x_b200-hgx_2027-01  grid_2031-01  14.3
    x_b200-hgx_2027-01  grid_2031-07  14.3
    x_b200-hgx_2027-01  hall  14.3
    x_b200-hgx_2027-01  budget  407785.66399999993
    x_b200-hgx_2027-01  national_eu_share  241072.83199999994
    x_b200-hgx_2027-01  national_eu_cap  407785.66399999993
    x_b200-hgx_2027-01  quota_t1_2027-01  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2027-07  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2028-01  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2028-07  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2029-01  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2027-01  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2027-01  quota_t2_2027-01  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2027-07  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2028-01  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2028-07  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2029-01  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2027-01  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2027-01  quota_t4_2027-01  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2027-07  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2028-01  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2028-07  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2029-01  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2027-01  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2027-07  served  -38.714099783103826
    x_b200-hgx_2027-07  capacity_nvidia_2027-07  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2027-08  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2027-09  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2027-10  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2027-11  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2027-12  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-01  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-02  -8851.696403793148
    x_b200-hgx_2027-07  capacity_nvidia_2028-03  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-04  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2028-05  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-06  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2028-07  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-08  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-09  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2028-10  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2028-11  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2028-12  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-01  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-02  -8546.465493317522
    x_b200-hgx_2027-07  capacity_nvidia_2029-03  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-04  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2029-05  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-06  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2027-07  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2027-07  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2027-07  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2027-07  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2027-07  grid_2027-07  14.3
    x_b200-hgx_2027-07  grid_2028-01  14.3
    x_b200-hgx_2027-07  grid_2028-07  14.3
    x_b200-hgx_2027-07  grid_2029-01  14.3
    x_b200-hgx_2027-07  grid_2029-07  14.3
    x_b200-hgx_2027-07  grid_2030-01  14.3
    x_b200-hgx_2027-07  grid_2030-07  14.3
    x_b200-hgx_2027-07  grid_2031-01  14.3
    x_b200-hgx_2027-07  grid_2031-07  14.3
    x_b200-hgx_2027-07  hall  14.3
    x_b200-hgx_2027-07  budget  387140.99783103826
    x_b200-hgx_2027-07  national_eu_share  230750.4989155191
    x_b200-hgx_2027-07  national_eu_cap  387140.99783103826
    x_b200-hgx_2027-07  quota_t1_2027-07  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2028-01  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2028-07  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2029-01  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2027-07  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2027-07  quota_t2_2027-07  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2028-01  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2028-07  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2029-01  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2027-07  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2027-07  quota_t4_2027-07  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2028-01  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2028-07  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2029-01  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2027-07  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2028-01  served  -36.777458432
    x_b200-hgx_2028-01  capacity_nvidia_2028-01  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2028-02  -8851.696403793148
    x_b200-hgx_2028-01  capacity_nvidia_2028-03  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2028-04  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2028-05  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2028-06  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2028-07  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2028-08  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2028-09  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2028-10  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2028-11  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2028-12  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-01  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-02  -8546.465493317522
    x_b200-hgx_2028-01  capacity_nvidia_2029-03  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-04  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2029-05  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-06  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2028-01  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2028-01  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2028-01  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2028-01  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2028-01  grid_2028-01  14.3
    x_b200-hgx_2028-01  grid_2028-07  14.3
    x_b200-hgx_2028-01  grid_2029-01  14.3
    x_b200-hgx_2028-01  grid_2029-07  14.3
    x_b200-hgx_2028-01  grid_2030-01  14.3
    x_b200-hgx_2028-01  grid_2030-07  14.3
    x_b200-hgx_2028-01  grid_2031-01  14.3
    x_b200-hgx_2028-01  grid_2031-07  14.3
    x_b200-hgx_2028-01  hall  14.3
    x_b200-hgx_2028-01  budget  367774.58432
    x_b200-hgx_2028-01  national_eu_share  221067.29216
    x_b200-hgx_2028-01  national_eu_cap  367774.58432
    x_b200-hgx_2028-01  quota_t1_2028-01  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2028-07  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2029-01  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2028-01  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2028-01  quota_t2_2028-01  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2028-07  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2029-01  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2028-01  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2028-01  quota_t4_2028-01  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2028-07  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2029-01  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2028-01  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2028-07  served  -34.96072780913138
    x_b200-hgx_2028-07  capacity_nvidia_2028-07  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2028-08  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2028-09  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2028-10  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2028-11  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2028-12  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-01  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-02  -8546.465493317522
    x_b200-hgx_2028-07  capacity_nvidia_2029-03  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-04  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2029-05  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-06  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2028-07  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2028-07  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2028-07  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2028-07  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2028-07  grid_2028-07  14.3
    x_b200-hgx_2028-07  grid_2029-01  14.3
    x_b200-hgx_2028-07  grid_2029-07  14.3
    x_b200-hgx_2028-07  grid_2030-01  14.3
    x_b200-hgx_2028-07  grid_2030-07  14.3
    x_b200-hgx_2028-07  grid_2031-01  14.3
    x_b200-hgx_2028-07  grid_2031-07  14.3
    x_b200-hgx_2028-07  hall  14.3
    x_b200-hgx_2028-07  budget  349607.2780913137
    x_b200-hgx_2028-07  national_eu_share  211983.63904565686
    x_b200-hgx_2028-07  national_eu_cap  349607.2780913137
    x_b200-hgx_2028-07  quota_t1_2028-07  5.723079571417984
    x_b200-hgx_2028-07  quota_t1_2029-01  5.723079571417984
    x_b200-hgx_2028-07  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2028-07  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2028-07  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2028-07  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2028-07  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2028-07  quota_t2_2028-07  2.543590920630215
    x_b200-hgx_2028-07  quota_t2_2029-01  2.543590920630215
    x_b200-hgx_2028-07  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2028-07  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2028-07  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2028-07  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2028-07  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2028-07  quota_t4_2028-07  3.815386380945322
    x_b200-hgx_2028-07  quota_t4_2029-01  3.815386380945322
    x_b200-hgx_2028-07  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2028-07  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2028-07  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2028-07  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2028-07  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2029-01  served  -33.25648342016
    x_b200-hgx_2029-01  capacity_nvidia_2029-01  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2029-02  -8546.465493317522
    x_b200-hgx_2029-01  capacity_nvidia_2029-03  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2029-04  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2029-05  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2029-06  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2029-01  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2029-01  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2029-01  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2029-01  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2029-01  grid_2029-01  14.3
    x_b200-hgx_2029-01  grid_2029-07  14.3
    x_b200-hgx_2029-01  grid_2030-01  14.3
    x_b200-hgx_2029-01  grid_2030-07  14.3
    x_b200-hgx_2029-01  grid_2031-01  14.3
    x_b200-hgx_2029-01  grid_2031-07  14.3
    x_b200-hgx_2029-01  hall  14.3
    x_b200-hgx_2029-01  budget  332564.8342016
    x_b200-hgx_2029-01  national_eu_share  203462.4171008
    x_b200-hgx_2029-01  national_eu_cap  332564.8342016
    x_b200-hgx_2029-01  quota_t1_2029-01  5.723079571417984
    x_b200-hgx_2029-01  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2029-01  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2029-01  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2029-01  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2029-01  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2029-01  quota_t2_2029-01  2.543590920630215
    x_b200-hgx_2029-01  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2029-01  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2029-01  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2029-01  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2029-01  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2029-01  quota_t4_2029-01  3.815386380945322
    x_b200-hgx_2029-01  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2029-01  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2029-01  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2029-01  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2029-01  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2029-07  served  -31.65776047203561
    x_b200-hgx_2029-07  capacity_nvidia_2029-07  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2029-08  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2029-09  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2029-10  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2029-11  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2029-12  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2029-07  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2029-07  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2029-07  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2029-07  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2029-07  grid_2029-07  14.3
    x_b200-hgx_2029-07  grid_2030-01  14.3
    x_b200-hgx_2029-07  grid_2030-07  14.3
    x_b200-hgx_2029-07  grid_2031-01  14.3
    x_b200-hgx_2029-07  grid_2031-07  14.3
    x_b200-hgx_2029-07  hall  14.3
    x_b200-hgx_2029-07  budget  316577.60472035606
    x_b200-hgx_2029-07  national_eu_share  195468.80236017803
    x_b200-hgx_2029-07  national_eu_cap  316577.60472035606
    x_b200-hgx_2029-07  quota_t1_2029-07  5.723079571417984
    x_b200-hgx_2029-07  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2029-07  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2029-07  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2029-07  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2029-07  quota_t2_2029-07  2.543590920630215
    x_b200-hgx_2029-07  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2029-07  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2029-07  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2029-07  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2029-07  quota_t4_2029-07  3.815386380945322
    x_b200-hgx_2029-07  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2029-07  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2029-07  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2029-07  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2030-01  served  -30.158025409740798
    x_b200-hgx_2030-01  capacity_nvidia_2030-01  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2030-02  -8546.465493317522
    x_b200-hgx_2030-01  capacity_nvidia_2030-03  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2030-04  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2030-05  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2030-06  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2030-01  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2030-01  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2030-01  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2030-01  grid_2030-01  14.3
    x_b200-hgx_2030-01  grid_2030-07  14.3
    x_b200-hgx_2030-01  grid_2031-01  14.3
    x_b200-hgx_2030-01  grid_2031-07  14.3
    x_b200-hgx_2030-01  hall  14.3
    x_b200-hgx_2030-01  budget  301580.254097408
    x_b200-hgx_2030-01  national_eu_share  187970.127048704
    x_b200-hgx_2030-01  national_eu_cap  301580.254097408
    x_b200-hgx_2030-01  quota_t1_2030-01  5.723079571417984
    x_b200-hgx_2030-01  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2030-01  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2030-01  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2030-01  quota_t2_2030-01  2.543590920630215
    x_b200-hgx_2030-01  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2030-01  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2030-01  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2030-01  quota_t4_2030-01  3.815386380945322
    x_b200-hgx_2030-01  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2030-01  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2030-01  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2030-07  served  -28.751149215391337
    x_b200-hgx_2030-07  capacity_nvidia_2030-07  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2030-08  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2030-09  -9156.927314268774
    x_b200-hgx_2030-07  capacity_nvidia_2030-10  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2030-11  -9156.927314268774
    x_b200-hgx_2030-07  capacity_nvidia_2030-12  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2030-07  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2030-07  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2030-07  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2030-07  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2030-07  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2030-07  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2030-07  grid_2030-07  14.3
    x_b200-hgx_2030-07  grid_2031-01  14.3
    x_b200-hgx_2030-07  grid_2031-07  14.3
    x_b200-hgx_2030-07  hall  14.3
    x_b200-hgx_2030-07  budget  287511.49215391336
    x_b200-hgx_2030-07  national_eu_share  180935.74607695668
    x_b200-hgx_2030-07  national_eu_cap  287511.49215391336
    x_b200-hgx_2030-07  quota_t1_2030-07  5.723079571417984
    x_b200-hgx_2030-07  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2030-07  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2030-07  quota_t2_2030-07  2.543590920630215
    x_b200-hgx_2030-07  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2030-07  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2030-07  quota_t4_2030-07  3.815386380945322
    x_b200-hgx_2030-07  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2030-07  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2031-01  served  -27.431382360571902
    x_b200-hgx_2031-01  capacity_nvidia_2031-01  -9462.1582247444
    x_b200-hgx_2031-01  capacity_nvidia_2031-02  -8546.465493317522
    x_b200-hgx_2031-01  capacity_nvidia_2031-03  -9462.1582247444
    x_b200-hgx_2031-01  capacity_nvidia_2031-04  -9156.927314268774
    x_b200-hgx_2031-01  capacity_nvidia_2031-05  -9462.1582247444
    x_b200-hgx_2031-01  capacity_nvidia_2031-06  -9156.927314268774
    x_b200-hgx_2031-01  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2031-01  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2031-01  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2031-01  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2031-01  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2031-01  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2031-01  grid_2031-01  14.3
    x_b200-hgx_2031-01  grid_2031-07  14.3
    x_b200-hgx_2031-01  hall  14.3
    x_b200-hgx_2031-01  budget  274313.823605719
    x_b200-hgx_2031-01  national_eu_share  174336.9118028595
    x_b200-hgx_2031-01  national_eu_cap  274313.823605719
    x_b200-hgx_2031-01  quota_t1_2031-01  5.723079571417984
    x_b200-hgx_2031-01  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2031-01  quota_t2_2031-01  2.543590920630215
    x_b200-hgx_2031-01  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2031-01  quota_t4_2031-01  3.815386380945322
    x_b200-hgx_2031-01  quota_t4_2031-07  3.815386380945322
    x_b200-hgx_2031-07  served  -26.193331309544376
    x_b200-hgx_2031-07  capacity_nvidia_2031-07  -9462.1582247444
    x_b200-hgx_2031-07  capacity_nvidia_2031-08  -9462.1582247444
    x_b200-hgx_2031-07  capacity_nvidia_2031-09  -9156.927314268774
    x_b200-hgx_2031-07  capacity_nvidia_2031-10  -9462.1582247444
    x_b200-hgx_2031-07  capacity_nvidia_2031-11  -9156.927314268774
    x_b200-hgx_2031-07  capacity_nvidia_2031-12  -9462.1582247444
    x_b200-hgx_2031-07  grid_2031-07  14.3
    x_b200-hgx_2031-07  hall  14.3
    x_b200-hgx_2031-07  budget  261933.31309544374
    x_b200-hgx_2031-07  national_eu_share  168146.65654772188
    x_b200-hgx_2031-07  national_eu_cap  261933.31309544374
    x_b200-hgx_2031-07  quota_t1_2031-07  5.723079571417984
    x_b200-hgx_2031-07  quota_t2_2031-07  2.543590920630215
    x_b200-hgx_2031-07  quota_t4_2031-07  3.815386380945322
    x_mi300x-8_2026-11  served  -19.282377740754576
    x_mi300x-8_2026-11  capacity_amd_2026-11  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2026-12  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-01  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-02  -4276.937244031759
    x_mi300x-8_2026-11  capacity_amd_2027-03  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-04  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2027-05  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-06  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2027-07  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-08  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-09  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2027-10  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2027-11  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2027-12  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-01  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-02  -4429.685002747179
    x_mi300x-8_2026-11  capacity_amd_2028-03  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-04  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2028-05  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-06  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2028-07  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-08  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-09  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2028-10  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2028-11  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2028-12  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-01  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-02  -4276.937244031759
    x_mi300x-8_2026-11  capacity_amd_2029-03  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-04  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2029-05  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-06  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2026-11  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2026-11  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2026-11  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2026-11  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2026-11  grid_2026-11  9.0
    x_mi300x-8_2026-11  grid_2027-01  9.0
    x_mi300x-8_2026-11  grid_2027-07  9.0
    x_mi300x-8_2026-11  grid_2028-01  9.0
    x_mi300x-8_2026-11  grid_2028-07  9.0
    x_mi300x-8_2026-11  grid_2029-01  9.0
    x_mi300x-8_2026-11  grid_2029-07  9.0
    x_mi300x-8_2026-11  grid_2030-01  9.0
    x_mi300x-8_2026-11  grid_2030-07  9.0
    x_mi300x-8_2026-11  grid_2031-01  9.0
    x_mi300x-8_2026-11  grid_2031-07  9.0
    x_mi300x-8_2026-11  hall  9.0
    x_mi300x-8_2026-11  budget  192823.77740754574
    x_mi300x-8_2026-11  national_eu_share  119811.88870377286
    x_mi300x-8_2026-11  national_eu_cap  192823.77740754574
    x_mi300x-8_2026-11  quota_t1_2026-11  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2027-01  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2027-07  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2028-01  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2028-07  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2029-01  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2026-11  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2026-11  quota_t2_2027-01  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2027-07  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2028-01  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2028-07  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2029-01  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2026-11  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2026-11  quota_t4_2027-01  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2027-07  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2028-01  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2028-07  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2029-01  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2026-11  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2027-01  served  -18.974556672000002
    x_mi300x-8_2027-01  capacity_amd_2027-01  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2027-02  -4276.937244031759
    x_mi300x-8_2027-01  capacity_amd_2027-03  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2027-04  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2027-05  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2027-06  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2027-07  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2027-08  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2027-09  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2027-10  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2027-11  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2027-12  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-01  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-02  -4429.685002747179
    x_mi300x-8_2027-01  capacity_amd_2028-03  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-04  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2028-05  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-06  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2028-07  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-08  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-09  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2028-10  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2028-11  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2028-12  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-01  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-02  -4276.937244031759
    x_mi300x-8_2027-01  capacity_amd_2029-03  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-04  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2029-05  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-06  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2027-01  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2027-01  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2027-01  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2027-01  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2027-01  grid_2027-01  9.0
    x_mi300x-8_2027-01  grid_2027-07  9.0
    x_mi300x-8_2027-01  grid_2028-01  9.0
    x_mi300x-8_2027-01  grid_2028-07  9.0
    x_mi300x-8_2027-01  grid_2029-01  9.0
    x_mi300x-8_2027-01  grid_2029-07  9.0
    x_mi300x-8_2027-01  grid_2030-01  9.0
    x_mi300x-8_2027-01  grid_2030-07  9.0
    x_mi300x-8_2027-01  grid_2031-01  9.0
    x_mi300x-8_2027-01  grid_2031-07  9.0
    x_mi300x-8_2027-01  hall  9.0
    x_mi300x-8_2027-01  budget  189745.56672
    x_mi300x-8_2027-01  national_eu_share  118272.78336
    x_mi300x-8_2027-01  national_eu_cap  189745.56672
    x_mi300x-8_2027-01  quota_t1_2027-01  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2027-07  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2028-01  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2028-07  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2029-01  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2027-01  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2027-01  quota_t2_2027-01  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2027-07  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2028-01  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2028-07  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2029-01  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2027-01  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2027-01  quota_t4_2027-01  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2027-07  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2028-01  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2028-07  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2029-01  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2027-01  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2027-07  served  -18.089482778807593
    x_mi300x-8_2027-07  capacity_amd_2027-07  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2027-08  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2027-09  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2027-10  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2027-11  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2027-12  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-01  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-02  -4429.685002747179
    x_mi300x-8_2027-07  capacity_amd_2028-03  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-04  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2028-05  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-06  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2028-07  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-08  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-09  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2028-10  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2028-11  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2028-12  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-01  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-02  -4276.937244031759
    x_mi300x-8_2027-07  capacity_amd_2029-03  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-04  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2029-05  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-06  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2027-07  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2027-07  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2027-07  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2027-07  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2027-07  grid_2027-07  9.0
    x_mi300x-8_2027-07  grid_2028-01  9.0
    x_mi300x-8_2027-07  grid_2028-07  9.0
    x_mi300x-8_2027-07  grid_2029-01  9.0
    x_mi300x-8_2027-07  grid_2029-07  9.0
    x_mi300x-8_2027-07  grid_2030-01  9.0
    x_mi300x-8_2027-07  grid_2030-07  9.0
    x_mi300x-8_2027-07  grid_2031-01  9.0
    x_mi300x-8_2027-07  grid_2031-07  9.0
    x_mi300x-8_2027-07  hall  9.0
    x_mi300x-8_2027-07  budget  180894.82778807593
    x_mi300x-8_2027-07  national_eu_share  113847.41389403796
    x_mi300x-8_2027-07  national_eu_cap  180894.82778807593
    x_mi300x-8_2027-07  quota_t1_2027-07  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2028-01  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2028-07  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2029-01  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2027-07  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2027-07  quota_t2_2027-07  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2028-01  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2028-07  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2029-01  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2027-07  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2027-07  quota_t4_2027-07  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2028-01  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2028-07  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2029-01  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2027-07  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2028-01  served  -17.25920987136
    x_mi300x-8_2028-01  capacity_amd_2028-01  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2028-02  -4429.685002747179
    x_mi300x-8_2028-01  capacity_amd_2028-03  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2028-04  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2028-05  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2028-06  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2028-07  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2028-08  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2028-09  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2028-10  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2028-11  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2028-12  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-01  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-02  -4276.937244031759
    x_mi300x-8_2028-01  capacity_amd_2029-03  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-04  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2029-05  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-06  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2028-01  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2028-01  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2028-01  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2028-01  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2028-01  grid_2028-01  9.0
    x_mi300x-8_2028-01  grid_2028-07  9.0
    x_mi300x-8_2028-01  grid_2029-01  9.0
    x_mi300x-8_2028-01  grid_2029-07  9.0
    x_mi300x-8_2028-01  grid_2030-01  9.0
    x_mi300x-8_2028-01  grid_2030-07  9.0
    x_mi300x-8_2028-01  grid_2031-01  9.0
    x_mi300x-8_2028-01  grid_2031-07  9.0
    x_mi300x-8_2028-01  hall  9.0
    x_mi300x-8_2028-01  budget  172592.0987136
    x_mi300x-8_2028-01  national_eu_share  109696.04935679998
    x_mi300x-8_2028-01  national_eu_cap  172592.0987136
    x_mi300x-8_2028-01  quota_t1_2028-01  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2028-07  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2029-01  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2028-01  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2028-01  quota_t2_2028-01  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2028-07  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2029-01  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2028-01  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2028-01  quota_t4_2028-01  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2028-07  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2029-01  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2028-01  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2028-07  served  -16.480344845350682
    x_mi300x-8_2028-07  capacity_amd_2028-07  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2028-08  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2028-09  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2028-10  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2028-11  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2028-12  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-01  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-02  -4276.937244031759
    x_mi300x-8_2028-07  capacity_amd_2029-03  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-04  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2029-05  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-06  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2028-07  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2028-07  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2028-07  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2028-07  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2028-07  grid_2028-07  9.0
    x_mi300x-8_2028-07  grid_2029-01  9.0
    x_mi300x-8_2028-07  grid_2029-07  9.0
    x_mi300x-8_2028-07  grid_2030-01  9.0
    x_mi300x-8_2028-07  grid_2030-07  9.0
    x_mi300x-8_2028-07  grid_2031-01  9.0
    x_mi300x-8_2028-07  grid_2031-07  9.0
    x_mi300x-8_2028-07  hall  9.0
    x_mi300x-8_2028-07  budget  164803.4484535068
    x_mi300x-8_2028-07  national_eu_share  105801.7242267534
    x_mi300x-8_2028-07  national_eu_cap  164803.4484535068
    x_mi300x-8_2028-07  quota_t1_2028-07  2.004814333139887
    x_mi300x-8_2028-07  quota_t1_2029-01  2.004814333139887
    x_mi300x-8_2028-07  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2028-07  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2028-07  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2028-07  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2028-07  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2028-07  quota_t2_2028-07  0.7637387935770998
    x_mi300x-8_2028-07  quota_t2_2029-01  0.7637387935770998
    x_mi300x-8_2028-07  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2028-07  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2028-07  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2028-07  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2028-07  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2028-07  quota_t4_2028-07  1.5274775871541995
    x_mi300x-8_2028-07  quota_t4_2029-01  1.5274775871541995
    x_mi300x-8_2028-07  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2028-07  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2028-07  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2028-07  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2028-07  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2029-01  served  -15.7497046867968
    x_mi300x-8_2029-01  capacity_amd_2029-01  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2029-02  -4276.937244031759
    x_mi300x-8_2029-01  capacity_amd_2029-03  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2029-04  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2029-05  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2029-06  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2029-01  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2029-01  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2029-01  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2029-01  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2029-01  grid_2029-01  9.0
    x_mi300x-8_2029-01  grid_2029-07  9.0
    x_mi300x-8_2029-01  grid_2030-01  9.0
    x_mi300x-8_2029-01  grid_2030-07  9.0
    x_mi300x-8_2029-01  grid_2031-01  9.0
    x_mi300x-8_2029-01  grid_2031-07  9.0
    x_mi300x-8_2029-01  hall  9.0
    x_mi300x-8_2029-01  budget  157497.046867968
    x_mi300x-8_2029-01  national_eu_share  102148.523433984
    x_mi300x-8_2029-01  national_eu_cap  157497.046867968
    x_mi300x-8_2029-01  quota_t1_2029-01  2.004814333139887
    x_mi300x-8_2029-01  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2029-01  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2029-01  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2029-01  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2029-01  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2029-01  quota_t2_2029-01  0.7637387935770998
    x_mi300x-8_2029-01  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2029-01  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2029-01  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2029-01  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2029-01  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2029-01  quota_t4_2029-01  1.5274775871541995
    x_mi300x-8_2029-01  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2029-01  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2029-01  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2029-01  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2029-01  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2029-07  served  -15.0643034639086
    x_mi300x-8_2029-07  capacity_amd_2029-07  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2029-08  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2029-09  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2029-10  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2029-11  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2029-12  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2029-07  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2029-07  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2029-07  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2029-07  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2029-07  grid_2029-07  9.0
    x_mi300x-8_2029-07  grid_2030-01  9.0
    x_mi300x-8_2029-07  grid_2030-07  9.0
    x_mi300x-8_2029-07  grid_2031-01  9.0
    x_mi300x-8_2029-07  grid_2031-07  9.0
    x_mi300x-8_2029-07  hall  9.0
    x_mi300x-8_2029-07  budget  150643.034639086
    x_mi300x-8_2029-07  national_eu_share  98721.517319543
    x_mi300x-8_2029-07  national_eu_cap  150643.034639086
    x_mi300x-8_2029-07  quota_t1_2029-07  2.004814333139887
    x_mi300x-8_2029-07  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2029-07  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2029-07  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2029-07  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2029-07  quota_t2_2029-07  0.7637387935770998
    x_mi300x-8_2029-07  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2029-07  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2029-07  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2029-07  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2029-07  quota_t4_2029-07  1.5274775871541995
    x_mi300x-8_2029-07  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2029-07  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2029-07  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2029-07  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2030-01  served  -14.421340124381183
    x_mi300x-8_2030-01  capacity_amd_2030-01  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2030-02  -4276.937244031759
    x_mi300x-8_2030-01  capacity_amd_2030-03  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2030-04  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2030-05  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2030-06  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2030-01  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2030-01  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2030-01  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2030-01  grid_2030-01  9.0
    x_mi300x-8_2030-01  grid_2030-07  9.0
    x_mi300x-8_2030-01  grid_2031-01  9.0
    x_mi300x-8_2030-01  grid_2031-07  9.0
    x_mi300x-8_2030-01  hall  9.0
    x_mi300x-8_2030-01  budget  144213.40124381182
    x_mi300x-8_2030-01  national_eu_share  95506.70062190591
    x_mi300x-8_2030-01  national_eu_cap  144213.40124381182
    x_mi300x-8_2030-01  quota_t1_2030-01  2.004814333139887
    x_mi300x-8_2030-01  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2030-01  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2030-01  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2030-01  quota_t2_2030-01  0.7637387935770998
    x_mi300x-8_2030-01  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2030-01  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2030-01  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2030-01  quota_t4_2030-01  1.5274775871541995
    x_mi300x-8_2030-01  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2030-01  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2030-01  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2030-07  served  -13.818187048239563
    x_mi300x-8_2030-07  capacity_amd_2030-07  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2030-08  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2030-09  -4582.432761462599
    x_mi300x-8_2030-07  capacity_amd_2030-10  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2030-11  -4582.432761462599
    x_mi300x-8_2030-07  capacity_amd_2030-12  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2030-07  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2030-07  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2030-07  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2030-07  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2030-07  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2030-07  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2030-07  grid_2030-07  9.0
    x_mi300x-8_2030-07  grid_2031-01  9.0
    x_mi300x-8_2030-07  grid_2031-07  9.0
    x_mi300x-8_2030-07  hall  9.0
    x_mi300x-8_2030-07  budget  138181.87048239564
    x_mi300x-8_2030-07  national_eu_share  92490.9352411978
    x_mi300x-8_2030-07  national_eu_cap  138181.87048239564
    x_mi300x-8_2030-07  quota_t1_2030-07  2.004814333139887
    x_mi300x-8_2030-07  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2030-07  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2030-07  quota_t2_2030-07  0.7637387935770998
    x_mi300x-8_2030-07  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2030-07  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2030-07  quota_t4_2030-07  1.5274775871541995
    x_mi300x-8_2030-07  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2030-07  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2031-01  served  -13.252379309455446
    x_mi300x-8_2031-01  capacity_amd_2031-01  -4735.180520178019
    x_mi300x-8_2031-01  capacity_amd_2031-02  -4276.937244031759
    x_mi300x-8_2031-01  capacity_amd_2031-03  -4735.180520178019
    x_mi300x-8_2031-01  capacity_amd_2031-04  -4582.432761462599
    x_mi300x-8_2031-01  capacity_amd_2031-05  -4735.180520178019
    x_mi300x-8_2031-01  capacity_amd_2031-06  -4582.432761462599
    x_mi300x-8_2031-01  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2031-01  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2031-01  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2031-01  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2031-01  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2031-01  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2031-01  grid_2031-01  9.0
    x_mi300x-8_2031-01  grid_2031-07  9.0
    x_mi300x-8_2031-01  hall  9.0
    x_mi300x-8_2031-01  budget  132523.79309455445
    x_mi300x-8_2031-01  national_eu_share  89661.89654727723
    x_mi300x-8_2031-01  national_eu_cap  132523.79309455445
    x_mi300x-8_2031-01  quota_t1_2031-01  2.004814333139887
    x_mi300x-8_2031-01  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2031-01  quota_t2_2031-01  0.7637387935770998
    x_mi300x-8_2031-01  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2031-01  quota_t4_2031-01  1.5274775871541995
    x_mi300x-8_2031-01  quota_t4_2031-07  1.5274775871541995
    x_mi300x-8_2031-07  served  -12.72160460245082
    x_mi300x-8_2031-07  capacity_amd_2031-07  -4735.180520178019
    x_mi300x-8_2031-07  capacity_amd_2031-08  -4735.180520178019
    x_mi300x-8_2031-07  capacity_amd_2031-09  -4582.432761462599
    x_mi300x-8_2031-07  capacity_amd_2031-10  -4735.180520178019
    x_mi300x-8_2031-07  capacity_amd_2031-11  -4582.432761462599
    x_mi300x-8_2031-07  capacity_amd_2031-12  -4735.180520178019
    x_mi300x-8_2031-07  grid_2031-07  9.0
    x_mi300x-8_2031-07  hall  9.0
    x_mi300x-8_2031-07  budget  127216.04602450818
    x_mi300x-8_2031-07  national_eu_share  87008.02301225408
    x_mi300x-8_2031-07  national_eu_cap  127216.04602450818
    x_mi300x-8_2031-07  quota_t1_2031-07  2.004814333139887
    x_mi300x-8_2031-07  quota_t2_2031-07  0.7637387935770998
    x_mi300x-8_2031-07  quota_t4_2031-07  1.5274775871541995
    x_mi325x-8_2026-11  served  -26.23955932333394
    x_mi325x-8_2026-11  capacity_amd_2026-11  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2026-12  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-01  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-02  -5130.218018168119
    x_mi325x-8_2026-11  capacity_amd_2027-03  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-04  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2027-05  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-06  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2027-07  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-08  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-09  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2027-10  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2027-11  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2027-12  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-01  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-02  -5313.440090245552
    x_mi325x-8_2026-11  capacity_amd_2028-03  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-04  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2028-05  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-06  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2028-07  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-08  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-09  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2028-10  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2028-11  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2028-12  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-01  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-02  -5130.218018168119
    x_mi325x-8_2026-11  capacity_amd_2029-03  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-04  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2029-05  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-06  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2026-11  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2026-11  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2026-11  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2026-11  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2026-11  grid_2026-11  11.0
    x_mi325x-8_2026-11  grid_2027-01  11.0
    x_mi325x-8_2026-11  grid_2027-07  11.0
    x_mi325x-8_2026-11  grid_2028-01  11.0
    x_mi325x-8_2026-11  grid_2028-07  11.0
    x_mi325x-8_2026-11  grid_2029-01  11.0
    x_mi325x-8_2026-11  grid_2029-07  11.0
    x_mi325x-8_2026-11  grid_2030-01  11.0
    x_mi325x-8_2026-11  grid_2030-07  11.0
    x_mi325x-8_2026-11  grid_2031-01  11.0
    x_mi325x-8_2026-11  grid_2031-07  11.0
    x_mi325x-8_2026-11  hall  11.0
    x_mi325x-8_2026-11  budget  262395.5932333394
    x_mi325x-8_2026-11  national_eu_share  159797.7966166697
    x_mi325x-8_2026-11  national_eu_cap  262395.5932333394
    x_mi325x-8_2026-11  quota_t1_2026-11  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2027-01  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2027-07  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2028-01  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2028-07  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2029-01  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2026-11  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2026-11  quota_t2_2027-01  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2027-07  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2028-01  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2028-07  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2029-01  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2026-11  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2026-11  quota_t4_2027-01  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2027-07  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2028-01  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2028-07  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2029-01  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2026-11  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2027-01  served  -25.807002873047562
    x_mi325x-8_2027-01  capacity_amd_2027-01  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2027-02  -5130.218018168119
    x_mi325x-8_2027-01  capacity_amd_2027-03  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2027-04  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2027-05  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2027-06  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2027-07  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2027-08  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2027-09  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2027-10  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2027-11  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2027-12  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-01  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-02  -5313.440090245552
    x_mi325x-8_2027-01  capacity_amd_2028-03  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-04  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2028-05  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-06  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2028-07  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-08  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-09  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2028-10  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2028-11  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2028-12  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-01  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-02  -5130.218018168119
    x_mi325x-8_2027-01  capacity_amd_2029-03  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-04  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2029-05  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-06  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2027-01  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2027-01  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2027-01  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2027-01  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2027-01  grid_2027-01  11.0
    x_mi325x-8_2027-01  grid_2027-07  11.0
    x_mi325x-8_2027-01  grid_2028-01  11.0
    x_mi325x-8_2027-01  grid_2028-07  11.0
    x_mi325x-8_2027-01  grid_2029-01  11.0
    x_mi325x-8_2027-01  grid_2029-07  11.0
    x_mi325x-8_2027-01  grid_2030-01  11.0
    x_mi325x-8_2027-01  grid_2030-07  11.0
    x_mi325x-8_2027-01  grid_2031-01  11.0
    x_mi325x-8_2027-01  grid_2031-07  11.0
    x_mi325x-8_2027-01  hall  11.0
    x_mi325x-8_2027-01  budget  258070.0287304756
    x_mi325x-8_2027-01  national_eu_share  157635.0143652378
    x_mi325x-8_2027-01  national_eu_cap  258070.0287304756
    x_mi325x-8_2027-01  quota_t1_2027-01  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2027-07  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2028-01  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2028-07  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2029-01  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2027-01  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2027-01  quota_t2_2027-01  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2027-07  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2028-01  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2028-07  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2029-01  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2027-01  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2027-01  quota_t4_2027-01  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2027-07  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2028-01  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2028-07  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2029-01  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2027-01  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2027-07  served  -24.56327896867216
    x_mi325x-8_2027-07  capacity_amd_2027-07  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2027-08  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2027-09  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2027-10  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2027-11  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2027-12  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-01  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-02  -5313.440090245552
    x_mi325x-8_2027-07  capacity_amd_2028-03  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-04  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2028-05  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-06  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2028-07  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-08  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-09  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2028-10  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2028-11  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2028-12  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-01  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-02  -5130.218018168119
    x_mi325x-8_2027-07  capacity_amd_2029-03  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-04  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2029-05  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-06  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2027-07  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2027-07  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2027-07  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2027-07  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2027-07  grid_2027-07  11.0
    x_mi325x-8_2027-07  grid_2028-01  11.0
    x_mi325x-8_2027-07  grid_2028-07  11.0
    x_mi325x-8_2027-07  grid_2029-01  11.0
    x_mi325x-8_2027-07  grid_2029-07  11.0
    x_mi325x-8_2027-07  grid_2030-01  11.0
    x_mi325x-8_2027-07  grid_2030-07  11.0
    x_mi325x-8_2027-07  grid_2031-01  11.0
    x_mi325x-8_2027-07  grid_2031-07  11.0
    x_mi325x-8_2027-07  hall  11.0
    x_mi325x-8_2027-07  budget  245632.7896867216
    x_mi325x-8_2027-07  national_eu_share  151416.39484336082
    x_mi325x-8_2027-07  national_eu_cap  245632.7896867216
    x_mi325x-8_2027-07  quota_t1_2027-07  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2028-01  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2028-07  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2029-01  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2027-07  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2027-07  quota_t2_2027-07  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2028-01  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2028-07  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2029-01  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2027-07  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2027-07  quota_t4_2027-07  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2028-01  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2028-07  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2029-01  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2027-07  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2028-01  served  -23.396562528281855
    x_mi325x-8_2028-01  capacity_amd_2028-01  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2028-02  -5313.440090245552
    x_mi325x-8_2028-01  capacity_amd_2028-03  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2028-04  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2028-05  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2028-06  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2028-07  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2028-08  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2028-09  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2028-10  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2028-11  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2028-12  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-01  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-02  -5130.218018168119
    x_mi325x-8_2028-01  capacity_amd_2029-03  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-04  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2029-05  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-06  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2028-01  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2028-01  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2028-01  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2028-01  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2028-01  grid_2028-01  11.0
    x_mi325x-8_2028-01  grid_2028-07  11.0
    x_mi325x-8_2028-01  grid_2029-01  11.0
    x_mi325x-8_2028-01  grid_2029-07  11.0
    x_mi325x-8_2028-01  grid_2030-01  11.0
    x_mi325x-8_2028-01  grid_2030-07  11.0
    x_mi325x-8_2028-01  grid_2031-01  11.0
    x_mi325x-8_2028-01  grid_2031-07  11.0
    x_mi325x-8_2028-01  hall  11.0
    x_mi325x-8_2028-01  budget  233965.62528281854
    x_mi325x-8_2028-01  national_eu_share  145582.81264140928
    x_mi325x-8_2028-01  national_eu_cap  233965.62528281854
    x_mi325x-8_2028-01  quota_t1_2028-01  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2028-07  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2029-01  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2028-01  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2028-01  quota_t2_2028-01  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2028-07  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2029-01  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2028-01  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2028-01  quota_t4_2028-01  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2028-07  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2029-01  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2028-01  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2028-07  served  -22.3020854924315
    x_mi325x-8_2028-07  capacity_amd_2028-07  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2028-08  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2028-09  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2028-10  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2028-11  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2028-12  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-01  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-02  -5130.218018168119
    x_mi325x-8_2028-07  capacity_amd_2029-03  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-04  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2029-05  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-06  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2028-07  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2028-07  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2028-07  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2028-07  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2028-07  grid_2028-07  11.0
    x_mi325x-8_2028-07  grid_2029-01  11.0
    x_mi325x-8_2028-07  grid_2029-07  11.0
    x_mi325x-8_2028-07  grid_2030-01  11.0
    x_mi325x-8_2028-07  grid_2030-07  11.0
    x_mi325x-8_2028-07  grid_2031-01  11.0
    x_mi325x-8_2028-07  grid_2031-07  11.0
    x_mi325x-8_2028-07  hall  11.0
    x_mi325x-8_2028-07  budget  223020.854924315
    x_mi325x-8_2028-07  national_eu_share  140110.4274621575
    x_mi325x-8_2028-07  national_eu_cap  223020.854924315
    x_mi325x-8_2028-07  quota_t1_2028-07  2.4047896960163055
    x_mi325x-8_2028-07  quota_t1_2029-01  2.4047896960163055
    x_mi325x-8_2028-07  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2028-07  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2028-07  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2028-07  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2028-07  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2028-07  quota_t2_2028-07  0.9161103603871641
    x_mi325x-8_2028-07  quota_t2_2029-01  0.9161103603871641
    x_mi325x-8_2028-07  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2028-07  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2028-07  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2028-07  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2028-07  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2028-07  quota_t4_2028-07  1.832220720774328
    x_mi325x-8_2028-07  quota_t4_2029-01  1.832220720774328
    x_mi325x-8_2028-07  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2028-07  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2028-07  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2028-07  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2028-07  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2029-01  served  -21.27537502488803
    x_mi325x-8_2029-01  capacity_amd_2029-01  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2029-02  -5130.218018168119
    x_mi325x-8_2029-01  capacity_amd_2029-03  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2029-04  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2029-05  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2029-06  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2029-01  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2029-01  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2029-01  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2029-01  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2029-01  grid_2029-01  11.0
    x_mi325x-8_2029-01  grid_2029-07  11.0
    x_mi325x-8_2029-01  grid_2030-01  11.0
    x_mi325x-8_2029-01  grid_2030-07  11.0
    x_mi325x-8_2029-01  grid_2031-01  11.0
    x_mi325x-8_2029-01  grid_2031-07  11.0
    x_mi325x-8_2029-01  hall  11.0
    x_mi325x-8_2029-01  budget  212753.7502488803
    x_mi325x-8_2029-01  national_eu_share  134976.87512444015
    x_mi325x-8_2029-01  national_eu_cap  212753.7502488803
    x_mi325x-8_2029-01  quota_t1_2029-01  2.4047896960163055
    x_mi325x-8_2029-01  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2029-01  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2029-01  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2029-01  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2029-01  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2029-01  quota_t2_2029-01  0.9161103603871641
    x_mi325x-8_2029-01  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2029-01  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2029-01  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2029-01  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2029-01  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2029-01  quota_t4_2029-01  1.832220720774328
    x_mi325x-8_2029-01  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2029-01  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2029-01  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2029-01  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2029-01  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2029-07  served  -20.31223523333972
    x_mi325x-8_2029-07  capacity_amd_2029-07  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2029-08  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2029-09  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2029-10  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2029-11  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2029-12  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2029-07  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2029-07  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2029-07  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2029-07  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2029-07  grid_2029-07  11.0
    x_mi325x-8_2029-07  grid_2030-01  11.0
    x_mi325x-8_2029-07  grid_2030-07  11.0
    x_mi325x-8_2029-07  grid_2031-01  11.0
    x_mi325x-8_2029-07  grid_2031-07  11.0
    x_mi325x-8_2029-07  hall  11.0
    x_mi325x-8_2029-07  budget  203122.3523333972
    x_mi325x-8_2029-07  national_eu_share  130161.1761666986
    x_mi325x-8_2029-07  national_eu_cap  203122.3523333972
    x_mi325x-8_2029-07  quota_t1_2029-07  2.4047896960163055
    x_mi325x-8_2029-07  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2029-07  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2029-07  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2029-07  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2029-07  quota_t2_2029-07  0.9161103603871641
    x_mi325x-8_2029-07  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2029-07  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2029-07  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2029-07  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2029-07  quota_t4_2029-07  1.832220720774328
    x_mi325x-8_2029-07  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2029-07  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2029-07  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2029-07  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2030-01  served  -19.408730021901466
    x_mi325x-8_2030-01  capacity_amd_2030-01  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2030-02  -5130.218018168119
    x_mi325x-8_2030-01  capacity_amd_2030-03  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2030-04  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2030-05  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2030-06  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2030-01  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2030-01  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2030-01  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2030-01  grid_2030-01  11.0
    x_mi325x-8_2030-01  grid_2030-07  11.0
    x_mi325x-8_2030-01  grid_2031-01  11.0
    x_mi325x-8_2030-01  grid_2031-07  11.0
    x_mi325x-8_2030-01  hall  11.0
    x_mi325x-8_2030-01  budget  194087.30021901467
    x_mi325x-8_2030-01  national_eu_share  125643.65010950732
    x_mi325x-8_2030-01  national_eu_cap  194087.30021901467
    x_mi325x-8_2030-01  quota_t1_2030-01  2.4047896960163055
    x_mi325x-8_2030-01  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2030-01  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2030-01  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2030-01  quota_t2_2030-01  0.9161103603871641
    x_mi325x-8_2030-01  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2030-01  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2030-01  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2030-01  quota_t4_2030-01  1.832220720774328
    x_mi325x-8_2030-01  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2030-01  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2030-01  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2030-07  served  -18.561167005338955
    x_mi325x-8_2030-07  capacity_amd_2030-07  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2030-08  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2030-09  -5496.662162322984
    x_mi325x-8_2030-07  capacity_amd_2030-10  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2030-11  -5496.662162322984
    x_mi325x-8_2030-07  capacity_amd_2030-12  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2030-07  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2030-07  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2030-07  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2030-07  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2030-07  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2030-07  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2030-07  grid_2030-07  11.0
    x_mi325x-8_2030-07  grid_2031-01  11.0
    x_mi325x-8_2030-07  grid_2031-07  11.0
    x_mi325x-8_2030-07  hall  11.0
    x_mi325x-8_2030-07  budget  185611.67005338953
    x_mi325x-8_2030-07  national_eu_share  121405.83502669477
    x_mi325x-8_2030-07  national_eu_cap  185611.67005338953
    x_mi325x-8_2030-07  quota_t1_2030-07  2.4047896960163055
    x_mi325x-8_2030-07  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2030-07  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2030-07  quota_t2_2030-07  0.9161103603871641
    x_mi325x-8_2030-07  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2030-07  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2030-07  quota_t4_2030-07  1.832220720774328
    x_mi325x-8_2030-07  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2030-07  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2031-01  served  -17.766082419273292
    x_mi325x-8_2031-01  capacity_amd_2031-01  -5679.884234400417
    x_mi325x-8_2031-01  capacity_amd_2031-02  -5130.218018168119
    x_mi325x-8_2031-01  capacity_amd_2031-03  -5679.884234400417
    x_mi325x-8_2031-01  capacity_amd_2031-04  -5496.662162322984
    x_mi325x-8_2031-01  capacity_amd_2031-05  -5679.884234400417
    x_mi325x-8_2031-01  capacity_amd_2031-06  -5496.662162322984
    x_mi325x-8_2031-01  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2031-01  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2031-01  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2031-01  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2031-01  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2031-01  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2031-01  grid_2031-01  11.0
    x_mi325x-8_2031-01  grid_2031-07  11.0
    x_mi325x-8_2031-01  hall  11.0
    x_mi325x-8_2031-01  budget  177660.82419273292
    x_mi325x-8_2031-01  national_eu_share  117430.41209636646
    x_mi325x-8_2031-01  national_eu_cap  177660.82419273292
    x_mi325x-8_2031-01  quota_t1_2031-01  2.4047896960163055
    x_mi325x-8_2031-01  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2031-01  quota_t2_2031-01  0.9161103603871641
    x_mi325x-8_2031-01  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2031-01  quota_t4_2031-01  1.832220720774328
    x_mi325x-8_2031-01  quota_t4_2031-07  1.832220720774328
    x_mi325x-8_2031-07  served  -17.020226964698278
    x_mi325x-8_2031-07  capacity_amd_2031-07  -5679.884234400417
    x_mi325x-8_2031-07  capacity_amd_2031-08  -5679.884234400417
    x_mi325x-8_2031-07  capacity_amd_2031-09  -5496.662162322984
    x_mi325x-8_2031-07  capacity_amd_2031-10  -5679.884234400417
    x_mi325x-8_2031-07  capacity_amd_2031-11  -5496.662162322984
    x_mi325x-8_2031-07  capacity_amd_2031-12  -5679.884234400417
    x_mi325x-8_2031-07  grid_2031-07  11.0
    x_mi325x-8_2031-07  hall  11.0
    x_mi325x-8_2031-07  budget  170202.26964698278
    x_mi325x-8_2031-07  national_eu_share  113701.13482349139
    x_mi325x-8_2031-07  national_eu_cap  170202.26964698278
    x_mi325x-8_2031-07  quota_t1_2031-07  2.4047896960163055
    x_mi325x-8_2031-07  quota_t2_2031-07  0.9161103603871641
    x_mi325x-8_2031-07  quota_t4_2031-07  1.832220720774328
    MARKER    'MARKER'    'INTEND'
    s_t1_nvidia_2026-10  served  1.0
    s_t1_nvidia_2026-10  demand_t1_2026-10  1.0
    s_t1_nvidia_2026-10  capacity_nvidia_2026-10  1.0
    s_t1_amd_2026-10  served  1.0
    s_t1_amd_2026-10  demand_t1_2026-10  1.0
    s_t1_amd_2026-10  capacity_amd_2026-10  1.4285714285714286
    s_t1_nvidia_2026-11  served  1.0
    s_t1_nvidia_2026-11  demand_t1_2026-11  1.0
    s_t1_nvidia_2026-11  capacity_nvidia_2026-11  1.0
    s_t1_amd_2026-11  served  1.0
    s_t1_amd_2026-11  demand_t1_2026-11  1.0
    s_t1_amd_2026-11  capacity_amd_2026-11  1.4285714285714286
    s_t1_nvidia_2026-12  served  1.0
    s_t1_nvidia_2026-12  demand_t1_2026-12  1.0
    s_t1_nvidia_2026-12  capacity_nvidia_2026-12  1.0
    s_t1_amd_2026-12  served  1.0
    s_t1_amd_2026-12  demand_t1_2026-12  1.0
    s_t1_amd_2026-12  capacity_amd_2026-12  1.4285714285714286
    s_t1_nvidia_2027-01  served  1.0
    s_t1_nvidia_2027-01  demand_t1_2027-01  1.0
    s_t1_nvidia_2027-01  capacity_nvidia_2027-01  1.0
    s_t1_amd_2027-01  served  1.0
    s_t1_amd_2027-01  demand_t1_2027-01  1.0
    s_t1_amd_2027-01  capacity_amd_2027-01  1.4285714285714286
    s_t1_nvidia_2027-02  served  1.0
    s_t1_nvidia_2027-02  demand_t1_2027-02  1.0
    s_t1_nvidia_2027-02  capacity_nvidia_2027-02  1.0
    s_t1_amd_2027-02  served  1.0
    s_t1_amd_2027-02  demand_t1_2027-02  1.0
    s_t1_amd_2027-02  capacity_amd_2027-02  1.4285714285714286
    s_t1_nvidia_2027-03  served  1.0
    s_t1_nvidia_2027-03  demand_t1_2027-03  1.0
    s_t1_nvidia_2027-03  capacity_nvidia_2027-03  1.0
    s_t1_amd_2027-03  served  1.0
    s_t1_amd_2027-03  demand_t1_2027-03  1.0
    s_t1_amd_2027-03  capacity_amd_2027-03  1.4285714285714286
    s_t1_nvidia_2027-04  served  1.0
    s_t1_nvidia_2027-04  demand_t1_2027-04  1.0
    s_t1_nvidia_2027-04  capacity_nvidia_2027-04  1.0
    s_t1_amd_2027-04  served  1.0
    s_t1_amd_2027-04  demand_t1_2027-04  1.0
    s_t1_amd_2027-04  capacity_amd_2027-04  1.4285714285714286
    s_t1_nvidia_2027-05  served  1.0
    s_t1_nvidia_2027-05  demand_t1_2027-05  1.0
    s_t1_nvidia_2027-05  capacity_nvidia_2027-05  1.0
    s_t1_amd_2027-05  served  1.0
    s_t1_amd_2027-05  demand_t1_2027-05  1.0
    s_t1_amd_2027-05  capacity_amd_2027-05  1.4285714285714286
    s_t1_nvidia_2027-06  served  1.0
    s_t1_nvidia_2027-06  demand_t1_2027-06  1.0
    s_t1_nvidia_2027-06  capacity_nvidia_2027-06  1.0
    s_t1_amd_2027-06  served  1.0
    s_t1_amd_2027-06  demand_t1_2027-06  1.0
    s_t1_amd_2027-06  capacity_amd_2027-06  1.4285714285714286
    s_t1_nvidia_2027-07  served  1.0
    s_t1_nvidia_2027-07  demand_t1_2027-07  1.0
    s_t1_nvidia_2027-07  capacity_nvidia_2027-07  1.0
    s_t1_amd_2027-07  served  1.0
    s_t1_amd_2027-07  demand_t1_2027-07  1.0
    s_t1_amd_2027-07  capacity_amd_2027-07  1.4285714285714286
    s_t1_nvidia_2027-08  served  1.0
    s_t1_nvidia_2027-08  demand_t1_2027-08  1.0
    s_t1_nvidia_2027-08  capacity_nvidia_2027-08  1.0
    s_t1_amd_2027-08  served  1.0
    s_t1_amd_2027-08  demand_t1_2027-08  1.0
    s_t1_amd_2027-08  capacity_amd_2027-08  1.4285714285714286
    s_t1_nvidia_2027-09  served  1.0
    s_t1_nvidia_2027-09  demand_t1_2027-09  1.0
    s_t1_nvidia_2027-09  capacity_nvidia_2027-09  1.0
    s_t1_amd_2027-09  served  1.0
    s_t1_amd_2027-09  demand_t1_2027-09  1.0
    s_t1_amd_2027-09  capacity_amd_2027-09  1.4285714285714286
    s_t1_nvidia_2027-10  served  1.0
    s_t1_nvidia_2027-10  demand_t1_2027-10  1.0
    s_t1_nvidia_2027-10  capacity_nvidia_2027-10  1.0
    s_t1_amd_2027-10  served  1.0
    s_t1_amd_2027-10  demand_t1_2027-10  1.0
    s_t1_amd_2027-10  capacity_amd_2027-10  1.4285714285714286
    s_t1_nvidia_2027-11  served  1.0
    s_t1_nvidia_2027-11  demand_t1_2027-11  1.0
    s_t1_nvidia_2027-11  capacity_nvidia_2027-11  1.0
    s_t1_amd_2027-11  served  1.0
    s_t1_amd_2027-11  demand_t1_2027-11  1.0
    s_t1_amd_2027-11  capacity_amd_2027-11  1.4285714285714286
    s_t1_nvidia_2027-12  served  1.0
    s_t1_nvidia_2027-12  demand_t1_2027-12  1.0
    s_t1_nvidia_2027-12  capacity_nvidia_2027-12  1.0
    s_t1_amd_2027-12  served  1.0
    s_t1_amd_2027-12  demand_t1_2027-12  1.0
    s_t1_amd_2027-12  capacity_amd_2027-12  1.4285714285714286
    s_t1_nvidia_2028-01  served  1.0
    s_t1_nvidia_2028-01  demand_t1_2028-01  1.0
    s_t1_nvidia_2028-01  capacity_nvidia_2028-01  1.0
    s_t1_amd_2028-01  served  1.0
    s_t1_amd_2028-01  demand_t1_2028-01  1.0
    s_t1_amd_2028-01  capacity_amd_2028-01  1.4285714285714286
    s_t1_nvidia_2028-02  served  1.0
    s_t1_nvidia_2028-02  demand_t1_2028-02  1.0
    s_t1_nvidia_2028-02  capacity_nvidia_2028-02  1.0
    s_t1_amd_2028-02  served  1.0
    s_t1_amd_2028-02  demand_t1_2028-02  1.0
    s_t1_amd_2028-02  capacity_amd_2028-02  1.4285714285714286
    s_t1_nvidia_2028-03  served  1.0
    s_t1_nvidia_2028-03  demand_t1_2028-03  1.0
    s_t1_nvidia_2028-03  capacity_nvidia_2028-03  1.0
    s_t1_amd_2028-03  served  1.0
    s_t1_amd_2028-03  demand_t1_2028-03  1.0
    s_t1_amd_2028-03  capacity_amd_2028-03  1.4285714285714286
    s_t1_nvidia_2028-04  served  1.0
    s_t1_nvidia_2028-04  demand_t1_2028-04  1.0
    s_t1_nvidia_2028-04  capacity_nvidia_2028-04  1.0
    s_t1_amd_2028-04  served  1.0
    s_t1_amd_2028-04  demand_t1_2028-04  1.0
    s_t1_amd_2028-04  capacity_amd_2028-04  1.4285714285714286
    s_t1_nvidia_2028-05  served  1.0
    s_t1_nvidia_2028-05  demand_t1_2028-05  1.0
    s_t1_nvidia_2028-05  capacity_nvidia_2028-05  1.0
    s_t1_amd_2028-05  served  1.0
    s_t1_amd_2028-05  demand_t1_2028-05  1.0
    s_t1_amd_2028-05  capacity_amd_2028-05  1.4285714285714286
    s_t1_nvidia_2028-06  served  1.0
    s_t1_nvidia_2028-06  demand_t1_2028-06  1.0
    s_t1_nvidia_2028-06  capacity_nvidia_2028-06  1.0
    s_t1_amd_2028-06  served  1.0
    s_t1_amd_2028-06  demand_t1_2028-06  1.0
    s_t1_amd_2028-06  capacity_amd_2028-06  1.4285714285714286
    s_t1_nvidia_2028-07  served  1.0
    s_t1_nvidia_2028-07  demand_t1_2028-07  1.0
    s_t1_nvidia_2028-07  capacity_nvidia_2028-07  1.0
    s_t1_amd_2028-07  served  1.0
    s_t1_amd_2028-07  demand_t1_2028-07  1.0
    s_t1_amd_2028-07  capacity_amd_2028-07  1.4285714285714286
    s_t1_nvidia_2028-08  served  1.0
    s_t1_nvidia_2028-08  demand_t1_2028-08  1.0
    s_t1_nvidia_2028-08  capacity_nvidia_2028-08  1.0
    s_t1_amd_2028-08  served  1.0
    s_t1_amd_2028-08  demand_t1_2028-08  1.0
    s_t1_amd_2028-08  capacity_amd_2028-08  1.4285714285714286
    s_t1_nvidia_2028-09  served  1.0
    s_t1_nvidia_2028-09  demand_t1_2028-09  1.0
    s_t1_nvidia_2028-09  capacity_nvidia_2028-09  1.0
    s_t1_amd_2028-09  served  1.0
    s_t1_amd_2028-09  demand_t1_2028-09  1.0
    s_t1_amd_2028-09  capacity_amd_2028-09  1.4285714285714286
    s_t1_nvidia_2028-10  served  1.0
    s_t1_nvidia_2028-10  demand_t1_2028-10  1.0
    s_t1_nvidia_2028-10  capacity_nvidia_2028-10  1.0
    s_t1_amd_2028-10  served  1.0
    s_t1_amd_2028-10  demand_t1_2028-10  1.0
    s_t1_amd_2028-10  capacity_amd_2028-10  1.4285714285714286
    s_t1_nvidia_2028-11  served  1.0
    s_t1_nvidia_2028-11  demand_t1_2028-11  1.0
    s_t1_nvidia_2028-11  capacity_nvidia_2028-11  1.0
    s_t1_amd_2028-11  served  1.0
    s_t1_amd_2028-11  demand_t1_2028-11  1.0
    s_t1_amd_2028-11  capacity_amd_2028-11  1.4285714285714286
    s_t1_nvidia_2028-12  served  1.0
    s_t1_nvidia_2028-12  demand_t1_2028-12  1.0
    s_t1_nvidia_2028-12  capacity_nvidia_2028-12  1.0
    s_t1_amd_2028-12  served  1.0
    s_t1_amd_2028-12  demand_t1_2028-12  1.0
    s_t1_amd_2028-12  capacity_amd_2028-12  1.4285714285714286
    s_t1_nvidia_2029-01  served  1.0
    s_t1_nvidia_2029-01  demand_t1_2029-01  1.0
    s_t1_nvidia_2029-01  capacity_nvidia_2029-01  1.0
    s_t1_amd_2029-01  served  1.0
    s_t1_amd_2029-01  demand_t1_2029-01  1.0
    s_t1_amd_2029-01  capacity_amd_2029-01  1.4285714285714286
    s_t1_nvidia_2029-02  served  1.0
    s_t1_nvidia_2029-02  demand_t1_2029-02  1.0
    s_t1_nvidia_2029-02  capacity_nvidia_2029-02  1.0
    s_t1_amd_2029-02  served  1.0
    s_t1_amd_2029-02  demand_t1_2029-02  1.0
    s_t1_amd_2029-02  capacity_amd_2029-02  1.4285714285714286
    s_t1_nvidia_2029-03  served  1.0
    s_t1_nvidia_2029-03  demand_t1_2029-03  1.0
    s_t1_nvidia_2029-03  capacity_nvidia_2029-03  1.0
    s_t1_amd_2029-03  served  1.0
    s_t1_amd_2029-03  demand_t1_2029-03  1.0
    s_t1_amd_2029-03  capacity_amd_2029-03  1.4285714285714286
    s_t1_nvidia_2029-04  served  1.0
    s_t1_nvidia_2029-04  demand_t1_2029-04  1.0
    s_t1_nvidia_2029-04  capacity_nvidia_2029-04  1.0
    s_t1_amd_2029-04  served  1.0
    s_t1_amd_2029-04  demand_t1_2029-04  1.0
    s_t1_amd_2029-04  capacity_amd_2029-04  1.4285714285714286
    s_t1_nvidia_2029-05  served  1.0
    s_t1_nvidia_2029-05  demand_t1_2029-05  1.0
    s_t1_nvidia_2029-05  capacity_nvidia_2029-05  1.0
    s_t1_amd_2029-05  served  1.0
    s_t1_amd_2029-05  demand_t1_2029-05  1.0
    s_t1_amd_2029-05  capacity_amd_2029-05  1.4285714285714286
    s_t1_nvidia_2029-06  served  1.0
    s_t1_nvidia_2029-06  demand_t1_2029-06  1.0
    s_t1_nvidia_2029-06  capacity_nvidia_2029-06  1.0
    s_t1_amd_2029-06  served  1.0
    s_t1_amd_2029-06  demand_t1_2029-06  1.0
    s_t1_amd_2029-06  capacity_amd_2029-06  1.4285714285714286
    s_t1_nvidia_2029-07  served  1.0
    s_t1_nvidia_2029-07  demand_t1_2029-07  1.0
    s_t1_nvidia_2029-07  capacity_nvidia_2029-07  1.0
    s_t1_amd_2029-07  served  1.0
    s_t1_amd_2029-07  demand_t1_2029-07  1.0
    s_t1_amd_2029-07  capacity_amd_2029-07  1.4285714285714286
    s_t1_nvidia_2029-08  served  1.0
    s_t1_nvidia_2029-08  demand_t1_2029-08  1.0
    s_t1_nvidia_2029-08  capacity_nvidia_2029-08  1.0
    s_t1_amd_2029-08  served  1.0
    s_t1_amd_2029-08  demand_t1_2029-08  1.0
    s_t1_amd_2029-08  capacity_amd_2029-08  1.4285714285714286
    s_t1_nvidia_2029-09  served  1.0
    s_t1_nvidia_2029-09  demand_t1_2029-09  1.0
    s_t1_nvidia_2029-09  capacity_nvidia_2029-09  1.0
    s_t1_amd_2029-09  served  1.0
    s_t1_amd_2029-09  demand_t1_2029-09  1.0
    s_t1_amd_2029-09  capacity_amd_2029-09  1.4285714285714286
    s_t1_nvidia_2029-10  served  1.0
    s_t1_nvidia_2029-10  demand_t1_2029-10  1.0
    s_t1_nvidia_2029-10  capacity_nvidia_2029-10  1.0
    s_t1_amd_2029-10  served  1.0
    s_t1_amd_2029-10  demand_t1_2029-10  1.0
    s_t1_amd_2029-10  capacity_amd_2029-10  1.4285714285714286
    s_t1_nvidia_2029-11  served  1.0
    s_t1_nvidia_2029-11  demand_t1_2029-11  1.0
    s_t1_nvidia_2029-11  capacity_nvidia_2029-11  1.0
    s_t1_amd_2029-11  served  1.0
    s_t1_amd_2029-11  demand_t1_2029-11  1.0
    s_t1_amd_2029-11  capacity_amd_2029-11  1.4285714285714286
    s_t1_nvidia_2029-12  served  1.0
    s_t1_nvidia_2029-12  demand_t1_2029-12  1.0
    s_t1_nvidia_2029-12  capacity_nvidia_2029-12  1.0
    s_t1_amd_2029-12  served  1.0
    s_t1_amd_2029-12  demand_t1_2029-12  1.0
    s_t1_amd_2029-12  capacity_amd_2029-12  1.4285714285714286
    s_t1_nvidia_2030-01  served  1.0
    s_t1_nvidia_2030-01  demand_t1_2030-01  1.0
    s_t1_nvidia_2030-01  capacity_nvidia_2030-01  1.0
    s_t1_amd_2030-01  served  1.0
    s_t1_amd_2030-01  demand_t1_2030-01  1.0
    s_t1_amd_2030-01  capacity_amd_2030-01  1.4285714285714286
    s_t1_nvidia_2030-02  served  1.0
    s_t1_nvidia_2030-02  demand_t1_2030-02  1.0
    s_t1_nvidia_2030-02  capacity_nvidia_2030-02  1.0
    s_t1_amd_2030-02  served  1.0
    s_t1_amd_2030-02  demand_t1_2030-02  1.0
    s_t1_amd_2030-02  capacity_amd_2030-02  1.4285714285714286
    s_t1_nvidia_2030-03  served  1.0
    s_t1_nvidia_2030-03  demand_t1_2030-03  1.0
    s_t1_nvidia_2030-03  capacity_nvidia_2030-03  1.0
    s_t1_amd_2030-03  served  1.0
    s_t1_amd_2030-03  demand_t1_2030-03  1.0
    s_t1_amd_2030-03  capacity_amd_2030-03  1.4285714285714286
    s_t1_nvidia_2030-04  served  1.0
    s_t1_nvidia_2030-04  demand_t1_2030-04  1.0
    s_t1_nvidia_2030-04  capacity_nvidia_2030-04  1.0
    s_t1_amd_2030-04  served  1.0
    s_t1_amd_2030-04  demand_t1_2030-04  1.0
    s_t1_amd_2030-04  capacity_amd_2030-04  1.4285714285714286
    s_t1_nvidia_2030-05  served  1.0
    s_t1_nvidia_2030-05  demand_t1_2030-05  1.0
    s_t1_nvidia_2030-05  capacity_nvidia_2030-05  1.0
    s_t1_amd_2030-05  served  1.0
    s_t1_amd_2030-05  demand_t1_2030-05  1.0
    s_t1_amd_2030-05  capacity_amd_2030-05  1.4285714285714286
    s_t1_nvidia_2030-06  served  1.0
    s_t1_nvidia_2030-06  demand_t1_2030-06  1.0
    s_t1_nvidia_2030-06  capacity_nvidia_2030-06  1.0
    s_t1_amd_2030-06  served  1.0
    s_t1_amd_2030-06  demand_t1_2030-06  1.0
    s_t1_amd_2030-06  capacity_amd_2030-06  1.4285714285714286
    s_t1_nvidia_2030-07  served  1.0
    s_t1_nvidia_2030-07  demand_t1_2030-07  1.0
    s_t1_nvidia_2030-07  capacity_nvidia_2030-07  1.0
    s_t1_amd_2030-07  served  1.0
    s_t1_amd_2030-07  demand_t1_2030-07  1.0
    s_t1_amd_2030-07  capacity_amd_2030-07  1.4285714285714286
    s_t1_nvidia_2030-08  served  1.0
    s_t1_nvidia_2030-08  demand_t1_2030-08  1.0
    s_t1_nvidia_2030-08  capacity_nvidia_2030-08  1.0
    s_t1_amd_2030-08  served  1.0
    s_t1_amd_2030-08  demand_t1_2030-08  1.0
    s_t1_amd_2030-08  capacity_amd_2030-08  1.4285714285714286
    s_t1_nvidia_2030-09  served  1.0
    s_t1_nvidia_2030-09  demand_t1_2030-09  1.0
    s_t1_nvidia_2030-09  capacity_nvidia_2030-09  1.0
    s_t1_amd_2030-09  served  1.0
    s_t1_amd_2030-09  demand_t1_2030-09  1.0
    s_t1_amd_2030-09  capacity_amd_2030-09  1.4285714285714286
    s_t1_nvidia_2030-10  served  1.0
    s_t1_nvidia_2030-10  demand_t1_2030-10  1.0
    s_t1_nvidia_2030-10  capacity_nvidia_2030-10  1.0
    s_t1_amd_2030-10  served  1.0
    s_t1_amd_2030-10  demand_t1_2030-10  1.0
    s_t1_amd_2030-10  capacity_amd_2030-10  1.4285714285714286
    s_t1_nvidia_2030-11  served  1.0
    s_t1_nvidia_2030-11  demand_t1_2030-11  1.0
    s_t1_nvidia_2030-11  capacity_nvidia_2030-11  1.0
    s_t1_amd_2030-11  served  1.0
    s_t1_amd_2030-11  demand_t1_2030-11  1.0
    s_t1_amd_2030-11  capacity_amd_2030-11  1.4285714285714286
    s_t1_nvidia_2030-12  served  1.0
    s_t1_nvidia_2030-12  demand_t1_2030-12  1.0
    s_t1_nvidia_2030-12  capacity_nvidia_2030-12  1.0
    s_t1_amd_2030-12  served  1.0
    s_t1_amd_2030-12  demand_t1_2030-12  1.0
    s_t1_amd_2030-12  capacity_amd_2030-12  1.4285714285714286
    s_t1_nvidia_2031-01  served  1.0
    s_t1_nvidia_2031-01  demand_t1_2031-01  1.0
    s_t1_nvidia_2031-01  capacity_nvidia_2031-01  1.0
    s_t1_amd_2031-01  served  1.0
    s_t1_amd_2031-01  demand_t1_2031-01  1.0
    s_t1_amd_2031-01  capacity_amd_2031-01  1.4285714285714286
    s_t1_nvidia_2031-02  served  1.0
    s_t1_nvidia_2031-02  demand_t1_2031-02  1.0
    s_t1_nvidia_2031-02  capacity_nvidia_2031-02  1.0
    s_t1_amd_2031-02  served  1.0
    s_t1_amd_2031-02  demand_t1_2031-02  1.0
    s_t1_amd_2031-02  capacity_amd_2031-02  1.4285714285714286
    s_t1_nvidia_2031-03  served  1.0
    s_t1_nvidia_2031-03  demand_t1_2031-03  1.0
    s_t1_nvidia_2031-03  capacity_nvidia_2031-03  1.0
    s_t1_amd_2031-03  served  1.0
    s_t1_amd_2031-03  demand_t1_2031-03  1.0
    s_t1_amd_2031-03  capacity_amd_2031-03  1.4285714285714286
    s_t1_nvidia_2031-04  served  1.0
    s_t1_nvidia_2031-04  demand_t1_2031-04  1.0
    s_t1_nvidia_2031-04  capacity_nvidia_2031-04  1.0
    s_t1_amd_2031-04  served  1.0
    s_t1_amd_2031-04  demand_t1_2031-04  1.0
    s_t1_amd_2031-04  capacity_amd_2031-04  1.4285714285714286
    s_t1_nvidia_2031-05  served  1.0
    s_t1_nvidia_2031-05  demand_t1_2031-05  1.0
    s_t1_nvidia_2031-05  capacity_nvidia_2031-05  1.0
    s_t1_amd_2031-05  served  1.0
    s_t1_amd_2031-05  demand_t1_2031-05  1.0
    s_t1_amd_2031-05  capacity_amd_2031-05  1.4285714285714286
    s_t1_nvidia_2031-06  served  1.0
    s_t1_nvidia_2031-06  demand_t1_2031-06  1.0
    s_t1_nvidia_2031-06  capacity_nvidia_2031-06  1.0
    s_t1_amd_2031-06  served  1.0
    s_t1_amd_2031-06  demand_t1_2031-06  1.0
    s_t1_amd_2031-06  capacity_amd_2031-06  1.4285714285714286
    s_t1_nvidia_2031-07  served  1.0
    s_t1_nvidia_2031-07  demand_t1_2031-07  1.0
    s_t1_nvidia_2031-07  capacity_nvidia_2031-07  1.0
    s_t1_amd_2031-07  served  1.0
    s_t1_amd_2031-07  demand_t1_2031-07  1.0
    s_t1_amd_2031-07  capacity_amd_2031-07  1.4285714285714286
    s_t1_nvidia_2031-08  served  1.0
    s_t1_nvidia_2031-08  demand_t1_2031-08  1.0
    s_t1_nvidia_2031-08  capacity_nvidia_2031-08  1.0
    s_t1_amd_2031-08  served  1.0
    s_t1_amd_2031-08  demand_t1_2031-08  1.0
    s_t1_amd_2031-08  capacity_amd_2031-08  1.4285714285714286
    s_t1_nvidia_2031-09  served  1.0
    s_t1_nvidia_2031-09  demand_t1_2031-09  1.0
    s_t1_nvidia_2031-09  capacity_nvidia_2031-09  1.0
    s_t1_amd_2031-09  served  1.0
    s_t1_amd_2031-09  demand_t1_2031-09  1.0
    s_t1_amd_2031-09  capacity_amd_2031-09  1.4285714285714286
    s_t1_nvidia_2031-10  served  1.0
    s_t1_nvidia_2031-10  demand_t1_2031-10  1.0
    s_t1_nvidia_2031-10  capacity_nvidia_2031-10  1.0
    s_t1_amd_2031-10  served  1.0
    s_t1_amd_2031-10  demand_t1_2031-10  1.0
    s_t1_amd_2031-10  capacity_amd_2031-10  1.4285714285714286
    s_t1_nvidia_2031-11  served  1.0
    s_t1_nvidia_2031-11  demand_t1_2031-11  1.0
    s_t1_nvidia_2031-11  capacity_nvidia_2031-11  1.0
    s_t1_amd_2031-11  served  1.0
    s_t1_amd_2031-11  demand_t1_2031-11  1.0
    s_t1_amd_2031-11  capacity_amd_2031-11  1.4285714285714286
    s_t1_nvidia_2031-12  served  1.0
    s_t1_nvidia_2031-12  demand_t1_2031-12  1.0
    s_t1_nvidia_2031-12  capacity_nvidia_2031-12  1.0
    s_t1_amd_2031-12  served  1.0
    s_t1_amd_2031-12  demand_t1_2031-12  1.0
    s_t1_amd_2031-12  capacity_amd_2031-12  1.4285714285714286
    s_t2_nvidia_2027-01  served  1.0
    s_t2_nvidia_2027-01  demand_t2_2027-01  1.0
    s_t2_nvidia_2027-01  capacity_nvidia_2027-01  1.0
    s_t2_amd_2027-01  served  1.0
    s_t2_amd_2027-01  demand_t2_2027-01  1.0
    s_t2_amd_2027-01  capacity_amd_2027-01  1.6666666666666667
    s_t2_nvidia_2027-02  served  1.0
    s_t2_nvidia_2027-02  demand_t2_2027-02  1.0
    s_t2_nvidia_2027-02  capacity_nvidia_2027-02  1.0
    s_t2_amd_2027-02  served  1.0
    s_t2_amd_2027-02  demand_t2_2027-02  1.0
    s_t2_amd_2027-02  capacity_amd_2027-02  1.6666666666666667
    s_t2_nvidia_2027-03  served  1.0
    s_t2_nvidia_2027-03  demand_t2_2027-03  1.0
    s_t2_nvidia_2027-03  capacity_nvidia_2027-03  1.0
    s_t2_amd_2027-03  served  1.0
    s_t2_amd_2027-03  demand_t2_2027-03  1.0
    s_t2_amd_2027-03  capacity_amd_2027-03  1.6666666666666667
    s_t2_nvidia_2027-04  served  1.0
    s_t2_nvidia_2027-04  demand_t2_2027-04  1.0
    s_t2_nvidia_2027-04  capacity_nvidia_2027-04  1.0
    s_t2_amd_2027-04  served  1.0
    s_t2_amd_2027-04  demand_t2_2027-04  1.0
    s_t2_amd_2027-04  capacity_amd_2027-04  1.6666666666666667
    s_t2_nvidia_2027-05  served  1.0
    s_t2_nvidia_2027-05  demand_t2_2027-05  1.0
    s_t2_nvidia_2027-05  capacity_nvidia_2027-05  1.0
    s_t2_amd_2027-05  served  1.0
    s_t2_amd_2027-05  demand_t2_2027-05  1.0
    s_t2_amd_2027-05  capacity_amd_2027-05  1.6666666666666667
    s_t2_nvidia_2027-06  served  1.0
    s_t2_nvidia_2027-06  demand_t2_2027-06  1.0
    s_t2_nvidia_2027-06  capacity_nvidia_2027-06  1.0
    s_t2_amd_2027-06  served  1.0
    s_t2_amd_2027-06  demand_t2_2027-06  1.0
    s_t2_amd_2027-06  capacity_amd_2027-06  1.6666666666666667
    s_t2_nvidia_2027-07  served  1.0
    s_t2_nvidia_2027-07  demand_t2_2027-07  1.0
    s_t2_nvidia_2027-07  capacity_nvidia_2027-07  1.0
    s_t2_amd_2027-07  served  1.0
    s_t2_amd_2027-07  demand_t2_2027-07  1.0
    s_t2_amd_2027-07  capacity_amd_2027-07  1.6666666666666667
    s_t2_nvidia_2027-08  served  1.0
    s_t2_nvidia_2027-08  demand_t2_2027-08  1.0
    s_t2_nvidia_2027-08  capacity_nvidia_2027-08  1.0
    s_t2_amd_2027-08  served  1.0
    s_t2_amd_2027-08  demand_t2_2027-08  1.0
    s_t2_amd_2027-08  capacity_amd_2027-08  1.6666666666666667
    s_t2_nvidia_2027-09  served  1.0
    s_t2_nvidia_2027-09  demand_t2_2027-09  1.0
    s_t2_nvidia_2027-09  capacity_nvidia_2027-09  1.0
    s_t2_amd_2027-09  served  1.0
    s_t2_amd_2027-09  demand_t2_2027-09  1.0
    s_t2_amd_2027-09  capacity_amd_2027-09  1.6666666666666667
    s_t2_nvidia_2027-10  served  1.0
    s_t2_nvidia_2027-10  demand_t2_2027-10  1.0
    s_t2_nvidia_2027-10  capacity_nvidia_2027-10  1.0
    s_t2_amd_2027-10  served  1.0
    s_t2_amd_2027-10  demand_t2_2027-10  1.0
    s_t2_amd_2027-10  capacity_amd_2027-10  1.6666666666666667
    s_t2_nvidia_2027-11  served  1.0
    s_t2_nvidia_2027-11  demand_t2_2027-11  1.0
    s_t2_nvidia_2027-11  capacity_nvidia_2027-11  1.0
    s_t2_amd_2027-11  served  1.0
    s_t2_amd_2027-11  demand_t2_2027-11  1.0
    s_t2_amd_2027-11  capacity_amd_2027-11  1.6666666666666667
    s_t2_nvidia_2027-12  served  1.0
    s_t2_nvidia_2027-12  demand_t2_2027-12  1.0
    s_t2_nvidia_2027-12  capacity_nvidia_2027-12  1.0
    s_t2_amd_2027-12  served  1.0
    s_t2_amd_2027-12  demand_t2_2027-12  1.0
    s_t2_amd_2027-12  capacity_amd_2027-12  1.6666666666666667
    s_t2_nvidia_2028-01  served  1.0
    s_t2_nvidia_2028-01  demand_t2_2028-01  1.0
    s_t2_nvidia_2028-01  capacity_nvidia_2028-01  1.0
    s_t2_amd_2028-01  served  1.0
    s_t2_amd_2028-01  demand_t2_2028-01  1.0
    s_t2_amd_2028-01  capacity_amd_2028-01  1.6666666666666667
    s_t2_nvidia_2028-02  served  1.0
    s_t2_nvidia_2028-02  demand_t2_2028-02  1.0
    s_t2_nvidia_2028-02  capacity_nvidia_2028-02  1.0
    s_t2_amd_2028-02  served  1.0
    s_t2_amd_2028-02  demand_t2_2028-02  1.0
    s_t2_amd_2028-02  capacity_amd_2028-02  1.6666666666666667
    s_t2_nvidia_2028-03  served  1.0
    s_t2_nvidia_2028-03  demand_t2_2028-03  1.0
    s_t2_nvidia_2028-03  capacity_nvidia_2028-03  1.0
    s_t2_amd_2028-03  served  1.0
    s_t2_amd_2028-03  demand_t2_2028-03  1.0
    s_t2_amd_2028-03  capacity_amd_2028-03  1.6666666666666667
    s_t2_nvidia_2028-04  served  1.0
    s_t2_nvidia_2028-04  demand_t2_2028-04  1.0
    s_t2_nvidia_2028-04  capacity_nvidia_2028-04  1.0
    s_t2_amd_2028-04  served  1.0
    s_t2_amd_2028-04  demand_t2_2028-04  1.0
    s_t2_amd_2028-04  capacity_amd_2028-04  1.6666666666666667
    s_t2_nvidia_2028-05  served  1.0
    s_t2_nvidia_2028-05  demand_t2_2028-05  1.0
    s_t2_nvidia_2028-05  capacity_nvidia_2028-05  1.0
    s_t2_amd_2028-05  served  1.0
    s_t2_amd_2028-05  demand_t2_2028-05  1.0
    s_t2_amd_2028-05  capacity_amd_2028-05  1.6666666666666667
    s_t2_nvidia_2028-06  served  1.0
    s_t2_nvidia_2028-06  demand_t2_2028-06  1.0
    s_t2_nvidia_2028-06  capacity_nvidia_2028-06  1.0
    s_t2_amd_2028-06  served  1.0
    s_t2_amd_2028-06  demand_t2_2028-06  1.0
    s_t2_amd_2028-06  capacity_amd_2028-06  1.6666666666666667
    s_t2_nvidia_2028-07  served  1.0
    s_t2_nvidia_2028-07  demand_t2_2028-07  1.0
    s_t2_nvidia_2028-07  capacity_nvidia_2028-07  1.0
    s_t2_amd_2028-07  served  1.0
    s_t2_amd_2028-07  demand_t2_2028-07  1.0
    s_t2_amd_2028-07  capacity_amd_2028-07  1.6666666666666667
    s_t2_nvidia_2028-08  served  1.0
    s_t2_nvidia_2028-08  demand_t2_2028-08  1.0
    s_t2_nvidia_2028-08  capacity_nvidia_2028-08  1.0
    s_t2_amd_2028-08  served  1.0
    s_t2_amd_2028-08  demand_t2_2028-08  1.0
    s_t2_amd_2028-08  capacity_amd_2028-08  1.6666666666666667
    s_t2_nvidia_2028-09  served  1.0
    s_t2_nvidia_2028-09  demand_t2_2028-09  1.0
    s_t2_nvidia_2028-09  capacity_nvidia_2028-09  1.0
    s_t2_amd_2028-09  served  1.0
    s_t2_amd_2028-09  demand_t2_2028-09  1.0
    s_t2_amd_2028-09  capacity_amd_2028-09  1.6666666666666667
    s_t2_nvidia_2028-10  served  1.0
    s_t2_nvidia_2028-10  demand_t2_2028-10  1.0
    s_t2_nvidia_2028-10  capacity_nvidia_2028-10  1.0
    s_t2_amd_2028-10  served  1.0
    s_t2_amd_2028-10  demand_t2_2028-10  1.0
    s_t2_amd_2028-10  capacity_amd_2028-10  1.6666666666666667
    s_t2_nvidia_2028-11  served  1.0
    s_t2_nvidia_2028-11  demand_t2_2028-11  1.0
    s_t2_nvidia_2028-11  capacity_nvidia_2028-11  1.0
    s_t2_amd_2028-11  served  1.0
    s_t2_amd_2028-11  demand_t2_2028-11  1.0
    s_t2_amd_2028-11  capacity_amd_2028-11  1.6666666666666667
    s_t2_nvidia_2028-12  served  1.0
    s_t2_nvidia_2028-12  demand_t2_2028-12  1.0
    s_t2_nvidia_2028-12  capacity_nvidia_2028-12  1.0
    s_t2_amd_2028-12  served  1.0
    s_t2_amd_2028-12  demand_t2_2028-12  1.0
    s_t2_amd_2028-12  capacity_amd_2028-12  1.6666666666666667
    s_t2_nvidia_2029-01  served  1.0
    s_t2_nvidia_2029-01  demand_t2_2029-01  1.0
    s_t2_nvidia_2029-01  capacity_nvidia_2029-01  1.0
    s_t2_amd_2029-01  served  1.0
    s_t2_amd_2029-01  demand_t2_2029-01  1.0
    s_t2_amd_2029-01  capacity_amd_2029-01  1.6666666666666667
    s_t2_nvidia_2029-02  served  1.0
    s_t2_nvidia_2029-02  demand_t2_2029-02  1.0
    s_t2_nvidia_2029-02  capacity_nvidia_2029-02  1.0
    s_t2_amd_2029-02  served  1.0
    s_t2_amd_2029-02  demand_t2_2029-02  1.0
    s_t2_amd_2029-02  capacity_amd_2029-02  1.6666666666666667
    s_t2_nvidia_2029-03  served  1.0
    s_t2_nvidia_2029-03  demand_t2_2029-03  1.0
    s_t2_nvidia_2029-03  capacity_nvidia_2029-03  1.0
    s_t2_amd_2029-03  served  1.0
    s_t2_amd_2029-03  demand_t2_2029-03  1.0
    s_t2_amd_2029-03  capacity_amd_2029-03  1.6666666666666667
    s_t2_nvidia_2029-04  served  1.0
    s_t2_nvidia_2029-04  demand_t2_2029-04  1.0
    s_t2_nvidia_2029-04  capacity_nvidia_2029-04  1.0
    s_t2_amd_2029-04  served  1.0
    s_t2_amd_2029-04  demand_t2_2029-04  1.0
    s_t2_amd_2029-04  capacity_amd_2029-04  1.6666666666666667
    s_t2_nvidia_2029-05  served  1.0
    s_t2_nvidia_2029-05  demand_t2_2029-05  1.0
    s_t2_nvidia_2029-05  capacity_nvidia_2029-05  1.0
    s_t2_amd_2029-05  served  1.0
    s_t2_amd_2029-05  demand_t2_2029-05  1.0
    s_t2_amd_2029-05  capacity_amd_2029-05  1.6666666666666667
    s_t2_nvidia_2029-06  served  1.0
    s_t2_nvidia_2029-06  demand_t2_2029-06  1.0
    s_t2_nvidia_2029-06  capacity_nvidia_2029-06  1.0
    s_t2_amd_2029-06  served  1.0
    s_t2_amd_2029-06  demand_t2_2029-06  1.0
    s_t2_amd_2029-06  capacity_amd_2029-06  1.6666666666666667
    s_t2_nvidia_2029-07  served  1.0
    s_t2_nvidia_2029-07  demand_t2_2029-07  1.0
    s_t2_nvidia_2029-07  capacity_nvidia_2029-07  1.0
    s_t2_amd_2029-07  served  1.0
    s_t2_amd_2029-07  demand_t2_2029-07  1.0
    s_t2_amd_2029-07  capacity_amd_2029-07  1.6666666666666667
    s_t2_nvidia_2029-08  served  1.0
    s_t2_nvidia_2029-08  demand_t2_2029-08  1.0
    s_t2_nvidia_2029-08  capacity_nvidia_2029-08  1.0
    s_t2_amd_2029-08  served  1.0
    s_t2_amd_2029-08  demand_t2_2029-08  1.0
    s_t2_amd_2029-08  capacity_amd_2029-08  1.6666666666666667
    s_t2_nvidia_2029-09  served  1.0
    s_t2_nvidia_2029-09  demand_t2_2029-09  1.0
    s_t2_nvidia_2029-09  capacity_nvidia_2029-09  1.0
    s_t2_amd_2029-09  served  1.0
    s_t2_amd_2029-09  demand_t2_2029-09  1.0
    s_t2_amd_2029-09  capacity_amd_2029-09  1.6666666666666667
    s_t2_nvidia_2029-10  served  1.0
    s_t2_nvidia_2029-10  demand_t2_2029-10  1.0
    s_t2_nvidia_2029-10  capacity_nvidia_2029-10  1.0
    s_t2_amd_2029-10  served  1.0
    s_t2_amd_2029-10  demand_t2_2029-10  1.0
    s_t2_amd_2029-10  capacity_amd_2029-10  1.6666666666666667
    s_t2_nvidia_2029-11  served  1.0
    s_t2_nvidia_2029-11  demand_t2_2029-11  1.0
    s_t2_nvidia_2029-11  capacity_nvidia_2029-11  1.0
    s_t2_amd_2029-11  served  1.0
    s_t2_amd_2029-11  demand_t2_2029-11  1.0
    s_t2_amd_2029-11  capacity_amd_2029-11  1.6666666666666667
    s_t2_nvidia_2029-12  served  1.0
    s_t2_nvidia_2029-12  demand_t2_2029-12  1.0
    s_t2_nvidia_2029-12  capacity_nvidia_2029-12  1.0
    s_t2_amd_2029-12  served  1.0
    s_t2_amd_2029-12  demand_t2_2029-12  1.0
    s_t2_amd_2029-12  capacity_amd_2029-12  1.6666666666666667
    s_t2_nvidia_2030-01  served  1.0
    s_t2_nvidia_2030-01  demand_t2_2030-01  1.0
    s_t2_nvidia_2030-01  capacity_nvidia_2030-01  1.0
    s_t2_amd_2030-01  served  1.0
    s_t2_amd_2030-01  demand_t2_2030-01  1.0
    s_t2_amd_2030-01  capacity_amd_2030-01  1.6666666666666667
    s_t2_nvidia_2030-02  served  1.0
    s_t2_nvidia_2030-02  demand_t2_2030-02  1.0
    s_t2_nvidia_2030-02  capacity_nvidia_2030-02  1.0
    s_t2_amd_2030-02  served  1.0
    s_t2_amd_2030-02  demand_t2_2030-02  1.0
    s_t2_amd_2030-02  capacity_amd_2030-02  1.6666666666666667
    s_t2_nvidia_2030-03  served  1.0
    s_t2_nvidia_2030-03  demand_t2_2030-03  1.0
    s_t2_nvidia_2030-03  capacity_nvidia_2030-03  1.0
    s_t2_amd_2030-03  served  1.0
    s_t2_amd_2030-03  demand_t2_2030-03  1.0
    s_t2_amd_2030-03  capacity_amd_2030-03  1.6666666666666667
    s_t2_nvidia_2030-04  served  1.0
    s_t2_nvidia_2030-04  demand_t2_2030-04  1.0
    s_t2_nvidia_2030-04  capacity_nvidia_2030-04  1.0
    s_t2_amd_2030-04  served  1.0
    s_t2_amd_2030-04  demand_t2_2030-04  1.0
    s_t2_amd_2030-04  capacity_amd_2030-04  1.6666666666666667
    s_t2_nvidia_2030-05  served  1.0
    s_t2_nvidia_2030-05  demand_t2_2030-05  1.0
    s_t2_nvidia_2030-05  capacity_nvidia_2030-05  1.0
    s_t2_amd_2030-05  served  1.0
    s_t2_amd_2030-05  demand_t2_2030-05  1.0
    s_t2_amd_2030-05  capacity_amd_2030-05  1.6666666666666667
    s_t2_nvidia_2030-06  served  1.0
    s_t2_nvidia_2030-06  demand_t2_2030-06  1.0
    s_t2_nvidia_2030-06  capacity_nvidia_2030-06  1.0
    s_t2_amd_2030-06  served  1.0
    s_t2_amd_2030-06  demand_t2_2030-06  1.0
    s_t2_amd_2030-06  capacity_amd_2030-06  1.6666666666666667
    s_t2_nvidia_2030-07  served  1.0
    s_t2_nvidia_2030-07  demand_t2_2030-07  1.0
    s_t2_nvidia_2030-07  capacity_nvidia_2030-07  1.0
    s_t2_amd_2030-07  served  1.0
    s_t2_amd_2030-07  demand_t2_2030-07  1.0
    s_t2_amd_2030-07  capacity_amd_2030-07  1.6666666666666667
    s_t2_nvidia_2030-08  served  1.0
    s_t2_nvidia_2030-08  demand_t2_2030-08  1.0
    s_t2_nvidia_2030-08  capacity_nvidia_2030-08  1.0
    s_t2_amd_2030-08  served  1.0
    s_t2_amd_2030-08  demand_t2_2030-08  1.0
    s_t2_amd_2030-08  capacity_amd_2030-08  1.6666666666666667
    s_t2_nvidia_2030-09  served  1.0
    s_t2_nvidia_2030-09  demand_t2_2030-09  1.0
    s_t2_nvidia_2030-09  capacity_nvidia_2030-09  1.0
    s_t2_amd_2030-09  served  1.0
    s_t2_amd_2030-09  demand_t2_2030-09  1.0
    s_t2_amd_2030-09  capacity_amd_2030-09  1.6666666666666667
    s_t2_nvidia_2030-10  served  1.0
    s_t2_nvidia_2030-10  demand_t2_2030-10  1.0
    s_t2_nvidia_2030-10  capacity_nvidia_2030-10  1.0
    s_t2_amd_2030-10  served  1.0
    s_t2_amd_2030-10  demand_t2_2030-10  1.0
    s_t2_amd_2030-10  capacity_amd_2030-10  1.6666666666666667
    s_t2_nvidia_2030-11  served  1.0
    s_t2_nvidia_2030-11  demand_t2_2030-11  1.0
    s_t2_nvidia_2030-11  capacity_nvidia_2030-11  1.0
    s_t2_amd_2030-11  served  1.0
    s_t2_amd_2030-11  demand_t2_2030-11  1.0
    s_t2_amd_2030-11  capacity_amd_2030-11  1.6666666666666667
    s_t2_nvidia_2030-12  served  1.0
    s_t2_nvidia_2030-12  demand_t2_2030-12  1.0
    s_t2_nvidia_2030-12  capacity_nvidia_2030-12  1.0
    s_t2_amd_2030-12  served  1.0
    s_t2_amd_2030-12  demand_t2_2030-12  1.0
    s_t2_amd_2030-12  capacity_amd_2030-12  1.6666666666666667
    s_t2_nvidia_2031-01  served  1.0
    s_t2_nvidia_2031-01  demand_t2_2031-01  1.0
    s_t2_nvidia_2031-01  capacity_nvidia_2031-01  1.0
    s_t2_amd_2031-01  served  1.0
    s_t2_amd_2031-01  demand_t2_2031-01  1.0
    s_t2_amd_2031-01  capacity_amd_2031-01  1.6666666666666667
    s_t2_nvidia_2031-02  served  1.0
    s_t2_nvidia_2031-02  demand_t2_2031-02  1.0
    s_t2_nvidia_2031-02  capacity_nvidia_2031-02  1.0
    s_t2_amd_2031-02  served  1.0
    s_t2_amd_2031-02  demand_t2_2031-02  1.0
    s_t2_amd_2031-02  capacity_amd_2031-02  1.6666666666666667
    s_t2_nvidia_2031-03  served  1.0
    s_t2_nvidia_2031-03  demand_t2_2031-03  1.0
    s_t2_nvidia_2031-03  capacity_nvidia_2031-03  1.0
    s_t2_amd_2031-03  served  1.0
    s_t2_amd_2031-03  demand_t2_2031-03  1.0
    s_t2_amd_2031-03  capacity_amd_2031-03  1.6666666666666667
    s_t2_nvidia_2031-04  served  1.0
    s_t2_nvidia_2031-04  demand_t2_2031-04  1.0
    s_t2_nvidia_2031-04  capacity_nvidia_2031-04  1.0
    s_t2_amd_2031-04  served  1.0
    s_t2_amd_2031-04  demand_t2_2031-04  1.0
    s_t2_amd_2031-04  capacity_amd_2031-04  1.6666666666666667
    s_t2_nvidia_2031-05  served  1.0
    s_t2_nvidia_2031-05  demand_t2_2031-05  1.0
    s_t2_nvidia_2031-05  capacity_nvidia_2031-05  1.0
    s_t2_amd_2031-05  served  1.0
    s_t2_amd_2031-05  demand_t2_2031-05  1.0
    s_t2_amd_2031-05  capacity_amd_2031-05  1.6666666666666667
    s_t2_nvidia_2031-06  served  1.0
    s_t2_nvidia_2031-06  demand_t2_2031-06  1.0
    s_t2_nvidia_2031-06  capacity_nvidia_2031-06  1.0
    s_t2_amd_2031-06  served  1.0
    s_t2_amd_2031-06  demand_t2_2031-06  1.0
    s_t2_amd_2031-06  capacity_amd_2031-06  1.6666666666666667
    s_t2_nvidia_2031-07  served  1.0
    s_t2_nvidia_2031-07  demand_t2_2031-07  1.0
    s_t2_nvidia_2031-07  capacity_nvidia_2031-07  1.0
    s_t2_amd_2031-07  served  1.0
    s_t2_amd_2031-07  demand_t2_2031-07  1.0
    s_t2_amd_2031-07  capacity_amd_2031-07  1.6666666666666667
    s_t2_nvidia_2031-08  served  1.0
    s_t2_nvidia_2031-08  demand_t2_2031-08  1.0
    s_t2_nvidia_2031-08  capacity_nvidia_2031-08  1.0
    s_t2_amd_2031-08  served  1.0
    s_t2_amd_2031-08  demand_t2_2031-08  1.0
    s_t2_amd_2031-08  capacity_amd_2031-08  1.6666666666666667
    s_t2_nvidia_2031-09  served  1.0
    s_t2_nvidia_2031-09  demand_t2_2031-09  1.0
    s_t2_nvidia_2031-09  capacity_nvidia_2031-09  1.0
    s_t2_amd_2031-09  served  1.0
    s_t2_amd_2031-09  demand_t2_2031-09  1.0
    s_t2_amd_2031-09  capacity_amd_2031-09  1.6666666666666667
    s_t2_nvidia_2031-10  served  1.0
    s_t2_nvidia_2031-10  demand_t2_2031-10  1.0
    s_t2_nvidia_2031-10  capacity_nvidia_2031-10  1.0
    s_t2_amd_2031-10  served  1.0
    s_t2_amd_2031-10  demand_t2_2031-10  1.0
    s_t2_amd_2031-10  capacity_amd_2031-10  1.6666666666666667
    s_t2_nvidia_2031-11  served  1.0
    s_t2_nvidia_2031-11  demand_t2_2031-11  1.0
    s_t2_nvidia_2031-11  capacity_nvidia_2031-11  1.0
    s_t2_amd_2031-11  served  1.0
    s_t2_amd_2031-11  demand_t2_2031-11  1.0
    s_t2_amd_2031-11  capacity_amd_2031-11  1.6666666666666667
    s_t2_nvidia_2031-12  served  1.0
    s_t2_nvidia_2031-12  demand_t2_2031-12  1.0
    s_t2_nvidia_2031-12  capacity_nvidia_2031-12  1.0
    s_t2_amd_2031-12  served  1.0
    s_t2_amd_2031-12  demand_t2_2031-12  1.0
    s_t2_amd_2031-12  capacity_amd_2031-12  1.6666666666666667
    d_t3_2027-03  served  1.0
    d_t3_2027-03  demand_t3_2027-03  1.0
    d_t3_2027-04  served  1.0
    d_t3_2027-04  demand_t3_2027-04  1.0
    d_t3_2027-05  served  1.0
    d_t3_2027-05  demand_t3_2027-05  1.0
    d_t3_2027-06  served  1.0
    d_t3_2027-06  demand_t3_2027-06  1.0
    d_t3_2027-07  served  1.0
    d_t3_2027-07  demand_t3_2027-07  1.0
    d_t3_2027-08  served  1.0
    d_t3_2027-08  demand_t3_2027-08  1.0
    d_t3_2027-09  served  1.0
    d_t3_2027-09  demand_t3_2027-09  1.0
    d_t3_2027-10  served  1.0
    d_t3_2027-10  demand_t3_2027-10  1.0
    d_t3_2027-11  served  1.0
    d_t3_2027-11  demand_t3_2027-11  1.0
    d_t3_2027-12  served  1.0
    d_t3_2027-12  demand_t3_2027-12  1.0
    d_t3_2028-01  served  1.0
    d_t3_2028-01  demand_t3_2028-01  1.0
    d_t3_2028-02  served  1.0
    d_t3_2028-02  demand_t3_2028-02  1.0
    d_t3_2028-03  served  1.0
    d_t3_2028-03  demand_t3_2028-03  1.0
    d_t3_2028-04  served  1.0
    d_t3_2028-04  demand_t3_2028-04  1.0
    d_t3_2028-05  served  1.0
    d_t3_2028-05  demand_t3_2028-05  1.0
    d_t3_2028-06  served  1.0
    d_t3_2028-06  demand_t3_2028-06  1.0
    d_t3_2028-07  served  1.0
    d_t3_2028-07  demand_t3_2028-07  1.0
    d_t3_2028-08  served  1.0
    d_t3_2028-08  demand_t3_2028-08  1.0
    d_t3_2028-09  served  1.0
    d_t3_2028-09  demand_t3_2028-09  1.0
    d_t3_2028-10  served  1.0
    d_t3_2028-10  demand_t3_2028-10  1.0
    d_t3_2028-11  served  1.0
    d_t3_2028-11  demand_t3_2028-11  1.0
    d_t3_2028-12  served  1.0
    d_t3_2028-12  demand_t3_2028-12  1.0
    d_t3_2029-01  served  1.0
    d_t3_2029-01  demand_t3_2029-01  1.0
    d_t3_2029-02  served  1.0
    d_t3_2029-02  demand_t3_2029-02  1.0
    d_t3_2029-03  served  1.0
    d_t3_2029-03  demand_t3_2029-03  1.0
    d_t3_2029-04  served  1.0
    d_t3_2029-04  demand_t3_2029-04  1.0
    d_t3_2029-05  served  1.0
    d_t3_2029-05  demand_t3_2029-05  1.0
    d_t3_2029-06  served  1.0
    d_t3_2029-06  demand_t3_2029-06  1.0
    d_t3_2029-07  served  1.0
    d_t3_2029-07  demand_t3_2029-07  1.0
    d_t3_2029-08  served  1.0
    d_t3_2029-08  demand_t3_2029-08  1.0
    d_t3_2029-09  served  1.0
    d_t3_2029-09  demand_t3_2029-09  1.0
    d_t3_2029-10  served  1.0
    d_t3_2029-10  demand_t3_2029-10  1.0
    d_t3_2029-11  served  1.0
    d_t3_2029-11  demand_t3_2029-11  1.0
    d_t3_2029-12  served  1.0
    d_t3_2029-12  demand_t3_2029-12  1.0
    d_t3_2030-01  served  1.0
    d_t3_2030-01  demand_t3_2030-01  1.0
    d_t3_2030-02  served  1.0
    d_t3_2030-02  demand_t3_2030-02  1.0
    d_t3_2030-03  served  1.0
    d_t3_2030-03  demand_t3_2030-03  1.0
    d_t3_2030-04  served  1.0
    d_t3_2030-04  demand_t3_2030-04  1.0
    d_t3_2030-05  served  1.0
    d_t3_2030-05  demand_t3_2030-05  1.0
    d_t3_2030-06  served  1.0
    d_t3_2030-06  demand_t3_2030-06  1.0
    d_t3_2030-07  served  1.0
    d_t3_2030-07  demand_t3_2030-07  1.0
    d_t3_2030-08  served  1.0
    d_t3_2030-08  demand_t3_2030-08  1.0
    d_t3_2030-09  served  1.0
    d_t3_2030-09  demand_t3_2030-09  1.0
    d_t3_2030-10  served  1.0
    d_t3_2030-10  demand_t3_2030-10  1.0
    d_t3_2030-11  served  1.0
    d_t3_2030-11  demand_t3_2030-11  1.0
    d_t3_2030-12  served  1.0
    d_t3_2030-12  demand_t3_2030-12  1.0
    d_t3_2031-01  served  1.0
    d_t3_2031-01  demand_t3_2031-01  1.0
    d_t3_2031-02  served  1.0
    d_t3_2031-02  demand_t3_2031-02  1.0
    d_t3_2031-03  served  1.0
    d_t3_2031-03  demand_t3_2031-03  1.0
    d_t3_2031-04  served  1.0
    d_t3_2031-04  demand_t3_2031-04  1.0
    d_t3_2031-05  served  1.0
    d_t3_2031-05  demand_t3_2031-05  1.0
    d_t3_2031-06  served  1.0
    d_t3_2031-06  demand_t3_2031-06  1.0
    d_t3_2031-07  served  1.0
    d_t3_2031-07  demand_t3_2031-07  1.0
    d_t3_2031-08  served  1.0
    d_t3_2031-08  demand_t3_2031-08  1.0
    d_t3_2031-09  served  1.0
    d_t3_2031-09  demand_t3_2031-09  1.0
    d_t3_2031-10  served  1.0
    d_t3_2031-10  demand_t3_2031-10  1.0
    d_t3_2031-11  served  1.0
    d_t3_2031-11  demand_t3_2031-11  1.0
    d_t3_2031-12  served  1.0
    d_t3_2031-12  demand_t3_2031-12  1.0
    s_t4_nvidia_2027-01  served  1.0
    s_t4_nvidia_2027-01  demand_t4_2027-01  1.0
    s_t4_nvidia_2027-01  capacity_nvidia_2027-01  1.0
    s_t4_amd_2027-01  served  1.0
    s_t4_amd_2027-01  demand_t4_2027-01  1.0
    s_t4_amd_2027-01  capacity_amd_2027-01  1.25
    s_t4_nvidia_2027-02  served  1.0
    s_t4_nvidia_2027-02  demand_t4_2027-02  1.0
    s_t4_nvidia_2027-02  capacity_nvidia_2027-02  1.0
    s_t4_amd_2027-02  served  1.0
    s_t4_amd_2027-02  demand_t4_2027-02  1.0
    s_t4_amd_2027-02  capacity_amd_2027-02  1.25
    s_t4_nvidia_2027-03  served  1.0
    s_t4_nvidia_2027-03  demand_t4_2027-03  1.0
    s_t4_nvidia_2027-03  capacity_nvidia_2027-03  1.0
    s_t4_amd_2027-03  served  1.0
    s_t4_amd_2027-03  demand_t4_2027-03  1.0
    s_t4_amd_2027-03  capacity_amd_2027-03  1.25
    s_t4_nvidia_2027-04  served  1.0
    s_t4_nvidia_2027-04  demand_t4_2027-04  1.0
    s_t4_nvidia_2027-04  capacity_nvidia_2027-04  1.0
    s_t4_amd_2027-04  served  1.0
    s_t4_amd_2027-04  demand_t4_2027-04  1.0
    s_t4_amd_2027-04  capacity_amd_2027-04  1.25
    s_t4_nvidia_2027-05  served  1.0
    s_t4_nvidia_2027-05  demand_t4_2027-05  1.0
    s_t4_nvidia_2027-05  capacity_nvidia_2027-05  1.0
    s_t4_amd_2027-05  served  1.0
    s_t4_amd_2027-05  demand_t4_2027-05  1.0
    s_t4_amd_2027-05  capacity_amd_2027-05  1.25
    s_t4_nvidia_2027-06  served  1.0
    s_t4_nvidia_2027-06  demand_t4_2027-06  1.0
    s_t4_nvidia_2027-06  capacity_nvidia_2027-06  1.0
    s_t4_amd_2027-06  served  1.0
    s_t4_amd_2027-06  demand_t4_2027-06  1.0
    s_t4_amd_2027-06  capacity_amd_2027-06  1.25
    s_t4_nvidia_2027-07  served  1.0
    s_t4_nvidia_2027-07  demand_t4_2027-07  1.0
    s_t4_nvidia_2027-07  capacity_nvidia_2027-07  1.0
    s_t4_amd_2027-07  served  1.0
    s_t4_amd_2027-07  demand_t4_2027-07  1.0
    s_t4_amd_2027-07  capacity_amd_2027-07  1.25
    s_t4_nvidia_2027-08  served  1.0
    s_t4_nvidia_2027-08  demand_t4_2027-08  1.0
    s_t4_nvidia_2027-08  capacity_nvidia_2027-08  1.0
    s_t4_amd_2027-08  served  1.0
    s_t4_amd_2027-08  demand_t4_2027-08  1.0
    s_t4_amd_2027-08  capacity_amd_2027-08  1.25
    s_t4_nvidia_2027-09  served  1.0
    s_t4_nvidia_2027-09  demand_t4_2027-09  1.0
    s_t4_nvidia_2027-09  capacity_nvidia_2027-09  1.0
    s_t4_amd_2027-09  served  1.0
    s_t4_amd_2027-09  demand_t4_2027-09  1.0
    s_t4_amd_2027-09  capacity_amd_2027-09  1.25
    s_t4_nvidia_2027-10  served  1.0
    s_t4_nvidia_2027-10  demand_t4_2027-10  1.0
    s_t4_nvidia_2027-10  capacity_nvidia_2027-10  1.0
    s_t4_amd_2027-10  served  1.0
    s_t4_amd_2027-10  demand_t4_2027-10  1.0
    s_t4_amd_2027-10  capacity_amd_2027-10  1.25
    s_t4_nvidia_2027-11  served  1.0
    s_t4_nvidia_2027-11  demand_t4_2027-11  1.0
    s_t4_nvidia_2027-11  capacity_nvidia_2027-11  1.0
    s_t4_amd_2027-11  served  1.0
    s_t4_amd_2027-11  demand_t4_2027-11  1.0
    s_t4_amd_2027-11  capacity_amd_2027-11  1.25
    s_t4_nvidia_2027-12  served  1.0
    s_t4_nvidia_2027-12  demand_t4_2027-12  1.0
    s_t4_nvidia_2027-12  capacity_nvidia_2027-12  1.0
    s_t4_amd_2027-12  served  1.0
    s_t4_amd_2027-12  demand_t4_2027-12  1.0
    s_t4_amd_2027-12  capacity_amd_2027-12  1.25
    s_t4_nvidia_2028-01  served  1.0
    s_t4_nvidia_2028-01  demand_t4_2028-01  1.0
    s_t4_nvidia_2028-01  capacity_nvidia_2028-01  1.0
    s_t4_amd_2028-01  served  1.0
    s_t4_amd_2028-01  demand_t4_2028-01  1.0
    s_t4_amd_2028-01  capacity_amd_2028-01  1.25
    s_t4_nvidia_2028-02  served  1.0
    s_t4_nvidia_2028-02  demand_t4_2028-02  1.0
    s_t4_nvidia_2028-02  capacity_nvidia_2028-02  1.0
    s_t4_amd_2028-02  served  1.0
    s_t4_amd_2028-02  demand_t4_2028-02  1.0
    s_t4_amd_2028-02  capacity_amd_2028-02  1.25
    s_t4_nvidia_2028-03  served  1.0
    s_t4_nvidia_2028-03  demand_t4_2028-03  1.0
    s_t4_nvidia_2028-03  capacity_nvidia_2028-03  1.0
    s_t4_amd_2028-03  served  1.0
    s_t4_amd_2028-03  demand_t4_2028-03  1.0
    s_t4_amd_2028-03  capacity_amd_2028-03  1.25
    s_t4_nvidia_2028-04  served  1.0
    s_t4_nvidia_2028-04  demand_t4_2028-04  1.0
    s_t4_nvidia_2028-04  capacity_nvidia_2028-04  1.0
    s_t4_amd_2028-04  served  1.0
    s_t4_amd_2028-04  demand_t4_2028-04  1.0
    s_t4_amd_2028-04  capacity_amd_2028-04  1.25
    s_t4_nvidia_2028-05  served  1.0
    s_t4_nvidia_2028-05  demand_t4_2028-05  1.0
    s_t4_nvidia_2028-05  capacity_nvidia_2028-05  1.0
    s_t4_amd_2028-05  served  1.0
    s_t4_amd_2028-05  demand_t4_2028-05  1.0
    s_t4_amd_2028-05  capacity_amd_2028-05  1.25
    s_t4_nvidia_2028-06  served  1.0
    s_t4_nvidia_2028-06  demand_t4_2028-06  1.0
    s_t4_nvidia_2028-06  capacity_nvidia_2028-06  1.0
    s_t4_amd_2028-06  served  1.0
    s_t4_amd_2028-06  demand_t4_2028-06  1.0
    s_t4_amd_2028-06  capacity_amd_2028-06  1.25
    s_t4_nvidia_2028-07  served  1.0
    s_t4_nvidia_2028-07  demand_t4_2028-07  1.0
    s_t4_nvidia_2028-07  capacity_nvidia_2028-07  1.0
    s_t4_amd_2028-07  served  1.0
    s_t4_amd_2028-07  demand_t4_2028-07  1.0
    s_t4_amd_2028-07  capacity_amd_2028-07  1.25
    s_t4_nvidia_2028-08  served  1.0
    s_t4_nvidia_2028-08  demand_t4_2028-08  1.0
    s_t4_nvidia_2028-08  capacity_nvidia_2028-08  1.0
    s_t4_amd_2028-08  served  1.0
    s_t4_amd_2028-08  demand_t4_2028-08  1.0
    s_t4_amd_2028-08  capacity_amd_2028-08  1.25
    s_t4_nvidia_2028-09  served  1.0
    s_t4_nvidia_2028-09  demand_t4_2028-09  1.0
    s_t4_nvidia_2028-09  capacity_nvidia_2028-09  1.0
    s_t4_amd_2028-09  served  1.0
    s_t4_amd_2028-09  demand_t4_2028-09  1.0
    s_t4_amd_2028-09  capacity_amd_2028-09  1.25
    s_t4_nvidia_2028-10  served  1.0
    s_t4_nvidia_2028-10  demand_t4_2028-10  1.0
    s_t4_nvidia_2028-10  capacity_nvidia_2028-10  1.0
    s_t4_amd_2028-10  served  1.0
    s_t4_amd_2028-10  demand_t4_2028-10  1.0
    s_t4_amd_2028-10  capacity_amd_2028-10  1.25
    s_t4_nvidia_2028-11  served  1.0
    s_t4_nvidia_2028-11  demand_t4_2028-11  1.0
    s_t4_nvidia_2028-11  capacity_nvidia_2028-11  1.0
    s_t4_amd_2028-11  served  1.0
    s_t4_amd_2028-11  demand_t4_2028-11  1.0
    s_t4_amd_2028-11  capacity_amd_2028-11  1.25
    s_t4_nvidia_2028-12  served  1.0
    s_t4_nvidia_2028-12  demand_t4_2028-12  1.0
    s_t4_nvidia_2028-12  capacity_nvidia_2028-12  1.0
    s_t4_amd_2028-12  served  1.0
    s_t4_amd_2028-12  demand_t4_2028-12  1.0
    s_t4_amd_2028-12  capacity_amd_2028-12  1.25
    s_t4_nvidia_2029-01  served  1.0
    s_t4_nvidia_2029-01  demand_t4_2029-01  1.0
    s_t4_nvidia_2029-01  capacity_nvidia_2029-01  1.0
    s_t4_amd_2029-01  served  1.0
    s_t4_amd_2029-01  demand_t4_2029-01  1.0
    s_t4_amd_2029-01  capacity_amd_2029-01  1.25
    s_t4_nvidia_2029-02  served  1.0
    s_t4_nvidia_2029-02  demand_t4_2029-02  1.0
    s_t4_nvidia_2029-02  capacity_nvidia_2029-02  1.0
    s_t4_amd_2029-02  served  1.0
    s_t4_amd_2029-02  demand_t4_2029-02  1.0
    s_t4_amd_2029-02  capacity_amd_2029-02  1.25
    s_t4_nvidia_2029-03  served  1.0
    s_t4_nvidia_2029-03  demand_t4_2029-03  1.0
    s_t4_nvidia_2029-03  capacity_nvidia_2029-03  1.0
    s_t4_amd_2029-03  served  1.0
    s_t4_amd_2029-03  demand_t4_2029-03  1.0
    s_t4_amd_2029-03  capacity_amd_2029-03  1.25
    s_t4_nvidia_2029-04  served  1.0
    s_t4_nvidia_2029-04  demand_t4_2029-04  1.0
    s_t4_nvidia_2029-04  capacity_nvidia_2029-04  1.0
    s_t4_amd_2029-04  served  1.0
    s_t4_amd_2029-04  demand_t4_2029-04  1.0
    s_t4_amd_2029-04  capacity_amd_2029-04  1.25
    s_t4_nvidia_2029-05  served  1.0
    s_t4_nvidia_2029-05  demand_t4_2029-05  1.0
    s_t4_nvidia_2029-05  capacity_nvidia_2029-05  1.0
    s_t4_amd_2029-05  served  1.0
    s_t4_amd_2029-05  demand_t4_2029-05  1.0
    s_t4_amd_2029-05  capacity_amd_2029-05  1.25
    s_t4_nvidia_2029-06  served  1.0
    s_t4_nvidia_2029-06  demand_t4_2029-06  1.0
    s_t4_nvidia_2029-06  capacity_nvidia_2029-06  1.0
    s_t4_amd_2029-06  served  1.0
    s_t4_amd_2029-06  demand_t4_2029-06  1.0
    s_t4_amd_2029-06  capacity_amd_2029-06  1.25
    s_t4_nvidia_2029-07  served  1.0
    s_t4_nvidia_2029-07  demand_t4_2029-07  1.0
    s_t4_nvidia_2029-07  capacity_nvidia_2029-07  1.0
    s_t4_amd_2029-07  served  1.0
    s_t4_amd_2029-07  demand_t4_2029-07  1.0
    s_t4_amd_2029-07  capacity_amd_2029-07  1.25
    s_t4_nvidia_2029-08  served  1.0
    s_t4_nvidia_2029-08  demand_t4_2029-08  1.0
    s_t4_nvidia_2029-08  capacity_nvidia_2029-08  1.0
    s_t4_amd_2029-08  served  1.0
    s_t4_amd_2029-08  demand_t4_2029-08  1.0
    s_t4_amd_2029-08  capacity_amd_2029-08  1.25
    s_t4_nvidia_2029-09  served  1.0
    s_t4_nvidia_2029-09  demand_t4_2029-09  1.0
    s_t4_nvidia_2029-09  capacity_nvidia_2029-09  1.0
    s_t4_amd_2029-09  served  1.0
    s_t4_amd_2029-09  demand_t4_2029-09  1.0
    s_t4_amd_2029-09  capacity_amd_2029-09  1.25
    s_t4_nvidia_2029-10  served  1.0
    s_t4_nvidia_2029-10  demand_t4_2029-10  1.0
    s_t4_nvidia_2029-10  capacity_nvidia_2029-10  1.0
    s_t4_amd_2029-10  served  1.0
    s_t4_amd_2029-10  demand_t4_2029-10  1.0
    s_t4_amd_2029-10  capacity_amd_2029-10  1.25
    s_t4_nvidia_2029-11  served  1.0
    s_t4_nvidia_2029-11  demand_t4_2029-11  1.0
    s_t4_nvidia_2029-11  capacity_nvidia_2029-11  1.0
    s_t4_amd_2029-11  served  1.0
    s_t4_amd_2029-11  demand_t4_2029-11  1.0
    s_t4_amd_2029-11  capacity_amd_2029-11  1.25
    s_t4_nvidia_2029-12  served  1.0
    s_t4_nvidia_2029-12  demand_t4_2029-12  1.0
    s_t4_nvidia_2029-12  capacity_nvidia_2029-12  1.0
    s_t4_amd_2029-12  served  1.0
    s_t4_amd_2029-12  demand_t4_2029-12  1.0
    s_t4_amd_2029-12  capacity_amd_2029-12  1.25
    s_t4_nvidia_2030-01  served  1.0
    s_t4_nvidia_2030-01  demand_t4_2030-01  1.0
    s_t4_nvidia_2030-01  capacity_nvidia_2030-01  1.0
    s_t4_amd_2030-01  served  1.0
    s_t4_amd_2030-01  demand_t4_2030-01  1.0
    s_t4_amd_2030-01  capacity_amd_2030-01  1.25
    s_t4_nvidia_2030-02  served  1.0
    s_t4_nvidia_2030-02  demand_t4_2030-02  1.0
    s_t4_nvidia_2030-02  capacity_nvidia_2030-02  1.0
    s_t4_amd_2030-02  served  1.0
    s_t4_amd_2030-02  demand_t4_2030-02  1.0
    s_t4_amd_2030-02  capacity_amd_2030-02  1.25
    s_t4_nvidia_2030-03  served  1.0
    s_t4_nvidia_2030-03  demand_t4_2030-03  1.0
    s_t4_nvidia_2030-03  capacity_nvidia_2030-03  1.0
    s_t4_amd_2030-03  served  1.0
    s_t4_amd_2030-03  demand_t4_2030-03  1.0
    s_t4_amd_2030-03  capacity_amd_2030-03  1.25
    s_t4_nvidia_2030-04  served  1.0
    s_t4_nvidia_2030-04  demand_t4_2030-04  1.0
    s_t4_nvidia_2030-04  capacity_nvidia_2030-04  1.0
    s_t4_amd_2030-04  served  1.0
    s_t4_amd_2030-04  demand_t4_2030-04  1.0
    s_t4_amd_2030-04  capacity_amd_2030-04  1.25
    s_t4_nvidia_2030-05  served  1.0
    s_t4_nvidia_2030-05  demand_t4_2030-05  1.0
    s_t4_nvidia_2030-05  capacity_nvidia_2030-05  1.0
    s_t4_amd_2030-05  served  1.0
    s_t4_amd_2030-05  demand_t4_2030-05  1.0
    s_t4_amd_2030-05  capacity_amd_2030-05  1.25
    s_t4_nvidia_2030-06  served  1.0
    s_t4_nvidia_2030-06  demand_t4_2030-06  1.0
    s_t4_nvidia_2030-06  capacity_nvidia_2030-06  1.0
    s_t4_amd_2030-06  served  1.0
    s_t4_amd_2030-06  demand_t4_2030-06  1.0
    s_t4_amd_2030-06  capacity_amd_2030-06  1.25
    s_t4_nvidia_2030-07  served  1.0
    s_t4_nvidia_2030-07  demand_t4_2030-07  1.0
    s_t4_nvidia_2030-07  capacity_nvidia_2030-07  1.0
    s_t4_amd_2030-07  served  1.0
    s_t4_amd_2030-07  demand_t4_2030-07  1.0
    s_t4_amd_2030-07  capacity_amd_2030-07  1.25
    s_t4_nvidia_2030-08  served  1.0
    s_t4_nvidia_2030-08  demand_t4_2030-08  1.0
    s_t4_nvidia_2030-08  capacity_nvidia_2030-08  1.0
    s_t4_amd_2030-08  served  1.0
    s_t4_amd_2030-08  demand_t4_2030-08  1.0
    s_t4_amd_2030-08  capacity_amd_2030-08  1.25
    s_t4_nvidia_2030-09  served  1.0
    s_t4_nvidia_2030-09  demand_t4_2030-09  1.0
    s_t4_nvidia_2030-09  capacity_nvidia_2030-09  1.0
    s_t4_amd_2030-09  served  1.0
    s_t4_amd_2030-09  demand_t4_2030-09  1.0
    s_t4_amd_2030-09  capacity_amd_2030-09  1.25
    s_t4_nvidia_2030-10  served  1.0
    s_t4_nvidia_2030-10  demand_t4_2030-10  1.0
    s_t4_nvidia_2030-10  capacity_nvidia_2030-10  1.0
    s_t4_amd_2030-10  served  1.0
    s_t4_amd_2030-10  demand_t4_2030-10  1.0
    s_t4_amd_2030-10  capacity_amd_2030-10  1.25
    s_t4_nvidia_2030-11  served  1.0
    s_t4_nvidia_2030-11  demand_t4_2030-11  1.0
    s_t4_nvidia_2030-11  capacity_nvidia_2030-11  1.0
    s_t4_amd_2030-11  served  1.0
    s_t4_amd_2030-11  demand_t4_2030-11  1.0
    s_t4_amd_2030-11  capacity_amd_2030-11  1.25
    s_t4_nvidia_2030-12  served  1.0
    s_t4_nvidia_2030-12  demand_t4_2030-12  1.0
    s_t4_nvidia_2030-12  capacity_nvidia_2030-12  1.0
    s_t4_amd_2030-12  served  1.0
    s_t4_amd_2030-12  demand_t4_2030-12  1.0
    s_t4_amd_2030-12  capacity_amd_2030-12  1.25
    s_t4_nvidia_2031-01  served  1.0
    s_t4_nvidia_2031-01  demand_t4_2031-01  1.0
    s_t4_nvidia_2031-01  capacity_nvidia_2031-01  1.0
    s_t4_amd_2031-01  served  1.0
    s_t4_amd_2031-01  demand_t4_2031-01  1.0
    s_t4_amd_2031-01  capacity_amd_2031-01  1.25
    s_t4_nvidia_2031-02  served  1.0
    s_t4_nvidia_2031-02  demand_t4_2031-02  1.0
    s_t4_nvidia_2031-02  capacity_nvidia_2031-02  1.0
    s_t4_amd_2031-02  served  1.0
    s_t4_amd_2031-02  demand_t4_2031-02  1.0
    s_t4_amd_2031-02  capacity_amd_2031-02  1.25
    s_t4_nvidia_2031-03  served  1.0
    s_t4_nvidia_2031-03  demand_t4_2031-03  1.0
    s_t4_nvidia_2031-03  capacity_nvidia_2031-03  1.0
    s_t4_amd_2031-03  served  1.0
    s_t4_amd_2031-03  demand_t4_2031-03  1.0
    s_t4_amd_2031-03  capacity_amd_2031-03  1.25
    s_t4_nvidia_2031-04  served  1.0
    s_t4_nvidia_2031-04  demand_t4_2031-04  1.0
    s_t4_nvidia_2031-04  capacity_nvidia_2031-04  1.0
    s_t4_amd_2031-04  served  1.0
    s_t4_amd_2031-04  demand_t4_2031-04  1.0
    s_t4_amd_2031-04  capacity_amd_2031-04  1.25
    s_t4_nvidia_2031-05  served  1.0
    s_t4_nvidia_2031-05  demand_t4_2031-05  1.0
    s_t4_nvidia_2031-05  capacity_nvidia_2031-05  1.0
    s_t4_amd_2031-05  served  1.0
    s_t4_amd_2031-05  demand_t4_2031-05  1.0
    s_t4_amd_2031-05  capacity_amd_2031-05  1.25
    s_t4_nvidia_2031-06  served  1.0
    s_t4_nvidia_2031-06  demand_t4_2031-06  1.0
    s_t4_nvidia_2031-06  capacity_nvidia_2031-06  1.0
    s_t4_amd_2031-06  served  1.0
    s_t4_amd_2031-06  demand_t4_2031-06  1.0
    s_t4_amd_2031-06  capacity_amd_2031-06  1.25
    s_t4_nvidia_2031-07  served  1.0
    s_t4_nvidia_2031-07  demand_t4_2031-07  1.0
    s_t4_nvidia_2031-07  capacity_nvidia_2031-07  1.0
    s_t4_amd_2031-07  served  1.0
    s_t4_amd_2031-07  demand_t4_2031-07  1.0
    s_t4_amd_2031-07  capacity_amd_2031-07  1.25
    s_t4_nvidia_2031-08  served  1.0
    s_t4_nvidia_2031-08  demand_t4_2031-08  1.0
    s_t4_nvidia_2031-08  capacity_nvidia_2031-08  1.0
    s_t4_amd_2031-08  served  1.0
    s_t4_amd_2031-08  demand_t4_2031-08  1.0
    s_t4_amd_2031-08  capacity_amd_2031-08  1.25
    s_t4_nvidia_2031-09  served  1.0
    s_t4_nvidia_2031-09  demand_t4_2031-09  1.0
    s_t4_nvidia_2031-09  capacity_nvidia_2031-09  1.0
    s_t4_amd_2031-09  served  1.0
    s_t4_amd_2031-09  demand_t4_2031-09  1.0
    s_t4_amd_2031-09  capacity_amd_2031-09  1.25
    s_t4_nvidia_2031-10  served  1.0
    s_t4_nvidia_2031-10  demand_t4_2031-10  1.0
    s_t4_nvidia_2031-10  capacity_nvidia_2031-10  1.0
    s_t4_amd_2031-10  served  1.0
    s_t4_amd_2031-10  demand_t4_2031-10  1.0
    s_t4_amd_2031-10  capacity_amd_2031-10  1.25
    s_t4_nvidia_2031-11  served  1.0
    s_t4_nvidia_2031-11  demand_t4_2031-11  1.0
    s_t4_nvidia_2031-11  capacity_nvidia_2031-11  1.0
    s_t4_amd_2031-11  served  1.0
    s_t4_amd_2031-11  demand_t4_2031-11  1.0
    s_t4_amd_2031-11  capacity_amd_2031-11  1.25
    s_t4_nvidia_2031-12  served  1.0
    s_t4_nvidia_2031-12  demand_t4_2031-12  1.0
    s_t4_nvidia_2031-12  capacity_nvidia_2031-12  1.0
    s_t4_amd_2031-12  served  1.0
    s_t4_amd_2031-12  demand_t4_2031-12  1.0
    s_t4_amd_2031-12  capacity_amd_2031-12  1.25
RHS
    RHS  demand_t1_2026-10  94500.0
    RHS  demand_t1_2026-11  94500.0
    RHS  demand_t1_2026-12  94500.0
    RHS  demand_t1_2027-01  1575000.0
    RHS  demand_t1_2027-02  1575000.0
    RHS  demand_t1_2027-03  1575000.0
    RHS  demand_t1_2027-04  1500000.0
    RHS  demand_t1_2027-05  1500000.0
    RHS  demand_t1_2027-06  1425000.0
    RHS  demand_t1_2027-07  1445000.0
    RHS  demand_t1_2027-08  1445000.0
    RHS  demand_t1_2027-09  1785000.0
    RHS  demand_t1_2027-10  1785000.0
    RHS  demand_t1_2027-11  1785000.0
    RHS  demand_t1_2027-12  1785000.0
    RHS  demand_t1_2028-01  1995000.0
    RHS  demand_t1_2028-02  1995000.0
    RHS  demand_t1_2028-03  1995000.0
    RHS  demand_t1_2028-04  1900000.0
    RHS  demand_t1_2028-05  1900000.0
    RHS  demand_t1_2028-06  1805000.0
    RHS  demand_t1_2028-07  1785000.0
    RHS  demand_t1_2028-08  1785000.0
    RHS  demand_t1_2028-09  2205000.0
    RHS  demand_t1_2028-10  2205000.0
    RHS  demand_t1_2028-11  2205000.0
    RHS  demand_t1_2028-12  2205000.0
    RHS  demand_t1_2029-01  2362500.0
    RHS  demand_t1_2029-02  2362500.0
    RHS  demand_t1_2029-03  2362500.0
    RHS  demand_t1_2029-04  2250000.0
    RHS  demand_t1_2029-05  2250000.0
    RHS  demand_t1_2029-06  2137500.0
    RHS  demand_t1_2029-07  1912500.0
    RHS  demand_t1_2029-08  1912500.0
    RHS  demand_t1_2029-09  2362500.0
    RHS  demand_t1_2029-10  2362500.0
    RHS  demand_t1_2029-11  2362500.0
    RHS  demand_t1_2029-12  2362500.0
    RHS  demand_t1_2030-01  2520000.0
    RHS  demand_t1_2030-02  2520000.0
    RHS  demand_t1_2030-03  2520000.0
    RHS  demand_t1_2030-04  2400000.0
    RHS  demand_t1_2030-05  2400000.0
    RHS  demand_t1_2030-06  2280000.0
    RHS  demand_t1_2030-07  2040000.0
    RHS  demand_t1_2030-08  2040000.0
    RHS  demand_t1_2030-09  2520000.0
    RHS  demand_t1_2030-10  2520000.0
    RHS  demand_t1_2030-11  2520000.0
    RHS  demand_t1_2030-12  2520000.0
    RHS  demand_t1_2031-01  2572500.0
    RHS  demand_t1_2031-02  2572500.0
    RHS  demand_t1_2031-03  2572500.0
    RHS  demand_t1_2031-04  2450000.0
    RHS  demand_t1_2031-05  2450000.0
    RHS  demand_t1_2031-06  2327500.0
    RHS  demand_t1_2031-07  2082500.0
    RHS  demand_t1_2031-08  2082500.0
    RHS  demand_t1_2031-09  2572500.0
    RHS  demand_t1_2031-10  2572500.0
    RHS  demand_t1_2031-11  2572500.0
    RHS  demand_t1_2031-12  2572500.0
    RHS  demand_t2_2027-01  288177.00569395063
    RHS  demand_t2_2027-02  294547.00007852877
    RHS  demand_t2_2027-03  301057.79968926235
    RHS  demand_t2_2027-04  307712.5169483163
    RHS  demand_t2_2027-05  314514.3330762375
    RHS  demand_t2_2027-06  321466.49961270526
    RHS  demand_t2_2027-07  328572.33997089695
    RHS  demand_t2_2027-08  335835.25102621235
    RHS  demand_t2_2027-09  343258.70474011585
    RHS  demand_t2_2027-10  350846.24981987226
    RHS  demand_t2_2027-11  358601.51341497106
    RHS  demand_t2_2027-12  366528.2028510481
    RHS  demand_t2_2028-01  374630.10740213585
    RHS  demand_t2_2028-02  382911.1001020874
    RHS  demand_t2_2028-03  391375.13959604106
    RHS  demand_t2_2028-04  400026.2720328112
    RHS  demand_t2_2028-05  408868.6329991088
    RHS  demand_t2_2028-06  417906.44949651684
    RHS  demand_t2_2028-07  427144.041962166
    RHS  demand_t2_2028-08  436585.82633407606
    RHS  demand_t2_2028-09  446236.3161621506
    RHS  demand_t2_2028-10  456100.12476583396
    RHS  demand_t2_2028-11  466181.9674394623
    RHS  demand_t2_2028-12  476486.66370636254
    RHS  demand_t2_2029-01  487019.13962277665
    RHS  demand_t2_2029-02  497784.43013271363
    RHS  demand_t2_2029-03  508787.6814748534
    RHS  demand_t2_2029-04  520034.1536426546
    RHS  demand_t2_2029-05  531529.2228988414
    RHS  demand_t2_2029-06  543278.384345472
    RHS  demand_t2_2029-07  555287.2545508158
    RHS  demand_t2_2029-08  567561.5742342989
    RHS  demand_t2_2029-09  580107.2110107958
    RHS  demand_t2_2029-10  592930.1621955842
    RHS  demand_t2_2029-11  606036.5576713011
    RHS  demand_t2_2029-12  619432.6628182713
    RHS  demand_t2_2030-01  633124.8815096096
    RHS  demand_t2_2030-02  647119.7591725277
    RHS  demand_t2_2030-03  661423.9859173094
    RHS  demand_t2_2030-04  676044.399735451
    RHS  demand_t2_2030-05  690987.9897684938
    RHS  demand_t2_2030-06  706261.8996491134
    RHS  demand_t2_2030-07  721873.4309160606
    RHS  demand_t2_2030-08  737830.0465045886
    RHS  demand_t2_2030-09  754139.3743140344
    RHS  demand_t2_2030-10  770809.2108542594
    RHS  demand_t2_2030-11  787847.5249726914
    RHS  demand_t2_2030-12  805262.4616637526
    RHS  demand_t2_2031-01  823062.3459624926
    RHS  demand_t2_2031-02  841255.686924286
    RHS  demand_t2_2031-03  859851.1816925022
    RHS  demand_t2_2031-04  878857.7196560865
    RHS  demand_t2_2031-05  898284.386699042
    RHS  demand_t2_2031-06  900000.0
    RHS  demand_t2_2031-07  900000.0
    RHS  demand_t2_2031-08  900000.0
    RHS  demand_t2_2031-09  900000.0
    RHS  demand_t2_2031-10  900000.0
    RHS  demand_t2_2031-11  900000.0
    RHS  demand_t2_2031-12  900000.0
    RHS  demand_t3_2027-03  13692.307692307691
    RHS  demand_t3_2027-04  14153.846153846154
    RHS  demand_t3_2027-05  14615.384615384615
    RHS  demand_t3_2027-06  15076.923076923078
    RHS  demand_t3_2027-07  15538.461538461539
    RHS  demand_t3_2027-08  16000.0
    RHS  demand_t3_2027-09  16461.53846153846
    RHS  demand_t3_2027-10  16923.076923076922
    RHS  demand_t3_2027-11  17384.615384615383
    RHS  demand_t3_2027-12  17846.153846153848
    RHS  demand_t3_2028-01  18307.69230769231
    RHS  demand_t3_2028-02  18769.23076923077
    RHS  demand_t3_2028-03  19230.76923076923
    RHS  demand_t3_2028-04  19692.307692307695
    RHS  demand_t3_2028-05  20153.846153846156
    RHS  demand_t3_2028-06  20615.384615384617
    RHS  demand_t3_2028-07  21076.923076923078
    RHS  demand_t3_2028-08  21538.46153846154
    RHS  demand_t3_2028-09  22000.0
    RHS  demand_t3_2028-10  22461.53846153846
    RHS  demand_t3_2028-11  22923.076923076922
    RHS  demand_t3_2028-12  23384.615384615383
    RHS  demand_t3_2029-01  23846.153846153848
    RHS  demand_t3_2029-02  24307.69230769231
    RHS  demand_t3_2029-03  24769.23076923077
    RHS  demand_t3_2029-04  25230.76923076923
    RHS  demand_t3_2029-05  25692.307692307695
    RHS  demand_t3_2029-06  26153.846153846152
    RHS  demand_t3_2029-07  26615.384615384617
    RHS  demand_t3_2029-08  27076.923076923074
    RHS  demand_t3_2029-09  27538.46153846154
    RHS  demand_t3_2029-10  28000.0
    RHS  demand_t3_2029-11  28461.53846153846
    RHS  demand_t3_2029-12  28923.076923076922
    RHS  demand_t3_2030-01  29384.615384615387
    RHS  demand_t3_2030-02  29846.153846153844
    RHS  demand_t3_2030-03  30307.69230769231
    RHS  demand_t3_2030-04  30769.23076923077
    RHS  demand_t3_2030-05  31230.76923076923
    RHS  demand_t3_2030-06  31692.30769230769
    RHS  demand_t3_2030-07  32153.846153846156
    RHS  demand_t3_2030-08  32615.384615384613
    RHS  demand_t3_2030-09  33076.92307692308
    RHS  demand_t3_2030-10  33538.46153846154
    RHS  demand_t3_2030-11  34000.0
    RHS  demand_t3_2030-12  34461.53846153846
    RHS  demand_t3_2031-01  34923.07692307692
    RHS  demand_t3_2031-02  35384.61538461538
    RHS  demand_t3_2031-03  35846.153846153844
    RHS  demand_t3_2031-04  36307.69230769231
    RHS  demand_t3_2031-05  36769.230769230766
    RHS  demand_t3_2031-06  37230.769230769234
    RHS  demand_t3_2031-07  37692.307692307695
    RHS  demand_t3_2031-08  38153.846153846156
    RHS  demand_t3_2031-09  38615.38461538462
    RHS  demand_t3_2031-10  39076.92307692308
    RHS  demand_t3_2031-11  39538.46153846154
    RHS  demand_t3_2031-12  40000.0
    RHS  demand_t4_2027-01  298591.4908606829
    RHS  demand_t4_2027-02  316251.37111694866
    RHS  demand_t4_2027-03  335174.2608125058
    RHS  demand_t4_2027-04  355395.7333288989
    RHS  demand_t4_2027-05  376942.5560179856
    RHS  demand_t4_2027-06  399831.023740418
    RHS  demand_t4_2027-07  424065.3031013754
    RHS  demand_t4_2027-08  449635.8521668354
    RHS  demand_t4_2027-09  476517.9899179932
    RHS  demand_t4_2027-10  504670.69632499455
    RHS  demand_t4_2027-11  534035.7264213426
    RHS  demand_t4_2027-12  564537.1189645675
    RHS  demand_t4_2028-01  596081.1712838865
    RHS  demand_t4_2028-02  628556.9363174037
    RHS  demand_t4_2028-03  661837.2758425672
    RHS  demand_t4_2028-04  695780.4764636775
    RHS  demand_t4_2028-05  730232.403762531
    RHS  demand_t4_2028-06  765029.137529484
    RHS  demand_t4_2028-07  800000.0
    RHS  demand_t4_2028-08  834970.8624705161
    RHS  demand_t4_2028-09  869767.5962374691
    RHS  demand_t4_2028-10  904219.5235363226
    RHS  demand_t4_2028-11  938162.7241574329
    RHS  demand_t4_2028-12  971443.0636825965
    RHS  demand_t4_2029-01  1003918.8287161136
    RHS  demand_t4_2029-02  1035462.8810354326
    RHS  demand_t4_2029-03  1065964.2735786573
    RHS  demand_t4_2029-04  1095329.3036750054
    RHS  demand_t4_2029-05  1123482.010082007
    RHS  demand_t4_2029-06  1150364.1478331648
    RHS  demand_t4_2029-07  1175934.6968986245
    RHS  demand_t4_2029-08  1200168.9762595822
    RHS  demand_t4_2029-09  1223057.4439820147
    RHS  demand_t4_2029-10  1244604.266671101
    RHS  demand_t4_2029-11  1264825.7391874942
    RHS  demand_t4_2029-12  1283748.6288830517
    RHS  demand_t4_2030-01  1301408.509139317
    RHS  demand_t4_2030-02  1317848.135891803
    RHS  demand_t4_2030-03  1333115.9091690355
    RHS  demand_t4_2030-04  1347264.450326142
    RHS  demand_t4_2030-05  1360349.3152324408
    RHS  demand_t4_2030-06  1372427.8545792014
    RHS  demand_t4_2030-07  1383558.2249085088
    RHS  demand_t4_2030-08  1393798.547970259
    RHS  demand_t4_2030-09  1403206.2115193142
    RHS  demand_t4_2030-10  1411837.3015202049
    RHS  demand_t4_2030-11  1419746.1537415837
    RHS  demand_t4_2030-12  1426985.0116902152
    RHS  demand_t4_2031-01  1433603.7775514065
    RHS  demand_t4_2031-02  1439649.8430824794
    RHS  demand_t4_2031-03  1445167.98808453
    RHS  demand_t4_2031-04  1450200.3350183093
    RHS  demand_t4_2031-05  1454786.3494221692
    RHS  demand_t4_2031-06  1458962.876948101
    RHS  demand_t4_2031-07  1462764.2089923876
    RHS  demand_t4_2031-08  1466222.1700152631
    RHS  demand_t4_2031-09  1469366.2206894173
    RHS  demand_t4_2031-10  1472223.5719722915
    RHS  demand_t4_2031-11  1474819.3060530717
    RHS  demand_t4_2031-12  1477176.5008799827
    RHS  capacity_nvidia_2027-03  -37848.6328989776
    RHS  capacity_nvidia_2027-04  -36627.7092570751
    RHS  capacity_nvidia_2027-05  -37848.6328989776
    RHS  capacity_nvidia_2027-06  -36627.7092570751
    RHS  capacity_nvidia_2027-07  -37848.6328989776
    RHS  capacity_nvidia_2027-08  -37848.6328989776
    RHS  capacity_nvidia_2027-09  -36627.7092570751
    RHS  capacity_nvidia_2027-10  -37848.6328989776
    RHS  capacity_nvidia_2027-11  -36627.7092570751
    RHS  capacity_nvidia_2027-12  -37848.6328989776
    RHS  capacity_nvidia_2028-01  -37848.6328989776
    RHS  capacity_nvidia_2028-02  -35406.785615172594
    RHS  capacity_nvidia_2028-03  -37848.6328989776
    RHS  capacity_nvidia_2028-04  -36627.7092570751
    RHS  capacity_nvidia_2028-05  -37848.6328989776
    RHS  capacity_nvidia_2028-06  -36627.7092570751
    RHS  capacity_nvidia_2028-07  -37848.6328989776
    RHS  capacity_nvidia_2028-08  -37848.6328989776
    RHS  capacity_nvidia_2028-09  -36627.7092570751
    RHS  capacity_nvidia_2028-10  -37848.6328989776
    RHS  capacity_nvidia_2028-11  -36627.7092570751
    RHS  capacity_nvidia_2028-12  -37848.6328989776
    RHS  capacity_nvidia_2029-01  -37848.6328989776
    RHS  capacity_nvidia_2029-02  -34185.86197327009
    RHS  capacity_nvidia_2029-03  -37848.6328989776
    RHS  capacity_nvidia_2029-04  -36627.7092570751
    RHS  capacity_nvidia_2029-05  -37848.6328989776
    RHS  capacity_nvidia_2029-06  -36627.7092570751
    RHS  capacity_nvidia_2029-07  -37848.6328989776
    RHS  capacity_nvidia_2029-08  -37848.6328989776
    RHS  capacity_nvidia_2029-09  -36627.7092570751
    RHS  capacity_nvidia_2029-10  -37848.6328989776
    RHS  capacity_nvidia_2029-11  -36627.7092570751
    RHS  capacity_nvidia_2029-12  -37848.6328989776
    RHS  capacity_nvidia_2030-01  -37848.6328989776
    RHS  capacity_nvidia_2030-02  -34185.86197327009
    RHS  capacity_nvidia_2030-03  -37848.6328989776
    RHS  capacity_nvidia_2030-04  -36627.7092570751
    RHS  capacity_nvidia_2030-05  -37848.6328989776
    RHS  capacity_nvidia_2030-06  -36627.7092570751
    RHS  capacity_nvidia_2030-07  -37848.6328989776
    RHS  capacity_nvidia_2030-08  -37848.6328989776
    RHS  capacity_nvidia_2030-09  -36627.7092570751
    RHS  capacity_nvidia_2030-10  -37848.6328989776
    RHS  capacity_nvidia_2030-11  -36627.7092570751
    RHS  capacity_nvidia_2030-12  -37848.6328989776
    RHS  capacity_nvidia_2031-01  -37848.6328989776
    RHS  capacity_nvidia_2031-02  -34185.86197327009
    RHS  capacity_nvidia_2031-03  -37848.6328989776
    RHS  capacity_nvidia_2031-04  -36627.7092570751
    RHS  capacity_nvidia_2031-05  -37848.6328989776
    RHS  capacity_nvidia_2031-06  -36627.7092570751
    RHS  capacity_nvidia_2031-07  -37848.6328989776
    RHS  capacity_nvidia_2031-08  -37848.6328989776
    RHS  capacity_nvidia_2031-09  -36627.7092570751
    RHS  capacity_nvidia_2031-10  -37848.6328989776
    RHS  capacity_nvidia_2031-11  -36627.7092570751
    RHS  capacity_nvidia_2031-12  -37848.6328989776
    RHS  dedicated_t3_b200-hgx  4.0
    RHS  grid_2026-10  2325.5813953488373
    RHS  grid_2026-11  2380.9523809523807
    RHS  grid_2027-01  6015.037593984962
    RHS  grid_2027-07  5882.35294117647
    RHS  grid_2028-01  6015.037593984962
    RHS  grid_2028-07  7352.941176470587
    RHS  grid_2029-01  7518.796992481202
    RHS  grid_2029-07  7352.941176470587
    RHS  grid_2030-01  7518.796992481202
    RHS  grid_2030-07  7352.941176470587
    RHS  grid_2031-01  7518.796992481202
    RHS  grid_2031-07  7352.941176470587
    RHS  hall  8000.0
    RHS  budget  197000000.0
    RHS  national_eu_share  127000000.0
    RHS  national_eu_cap  197000000.0
    RHS  quota_t1_2026-10  63.50806451612903
    RHS  quota_t1_2026-11  65.625
    RHS  quota_t1_2027-01  1194.767318285672
    RHS  quota_t1_2027-07  1262.4756516190052
    RHS  quota_t1_2028-01  1456.0819734580857
    RHS  quota_t1_2028-07  1554.142318285672
    RHS  quota_t1_2029-01  1780.704818285672
    RHS  quota_t1_2029-07  1663.517318285672
    RHS  quota_t1_2030-01  1897.892318285672
    RHS  quota_t1_2030-07  1772.892318285672
    RHS  quota_t1_2031-01  1936.954818285672
    RHS  quota_t1_2031-07  1809.3506516190052
    RHS  quota_t2_2027-01  233.4149884135662
    RHS  quota_t2_2027-07  259.20319244291744
    RHS  quota_t2_2028-01  300.38717583287973
    RHS  quota_t2_2028-07  333.91184107103635
    RHS  quota_t2_2029-01  387.4510194779875
    RHS  quota_t2_2029-07  431.033084287591
    RHS  quota_t2_2030-01  500.6340162166274
    RHS  quota_t2_2030-07  557.2907004691122
    RHS  quota_t2_2031-01  636.108654548805
    RHS  quota_t2_2031-07  635.1743636825208
    RHS  quota_t4_2027-01  292.9219786768494
    RHS  quota_t4_2027-07  394.65477063437777
    RHS  quota_t4_2028-01  546.5317799192562
    RHS  quota_t4_2028-07  668.1130668158488
    RHS  quota_t4_2029-01  814.1255370745902
    RHS  quota_t4_2029-07  893.6127532928745
    RHS  quota_t4_2030-01  995.8033133004204
    RHS  quota_t4_2030-07  1001.1963745109922
    RHS  quota_t4_2031-01  1086.4295835315784
    RHS  quota_t4_2031-07  1039.4416191717478
BOUNDS
 UP BND  x_h100-hgx_2026-10  694.0
 LO BND  x_h100-hgx_2026-10  0.0
 UP BND  x_h100-hgx_2027-01  709.0
 LO BND  x_h100-hgx_2027-01  0.0
 UP BND  x_h100-hgx_2027-07  740.0
 LO BND  x_h100-hgx_2027-07  0.0
 UP BND  x_h100-hgx_2028-01  772.0
 LO BND  x_h100-hgx_2028-01  0.0
 UP BND  x_h100-hgx_2028-07  784.0
 LO BND  x_h100-hgx_2028-07  0.0
 UP BND  x_h100-hgx_2029-01  784.0
 LO BND  x_h100-hgx_2029-01  0.0
 UP BND  x_h100-hgx_2029-07  784.0
 LO BND  x_h100-hgx_2029-07  0.0
 UP BND  x_h100-hgx_2030-01  784.0
 LO BND  x_h100-hgx_2030-01  0.0
 UP BND  x_h100-hgx_2030-07  784.0
 LO BND  x_h100-hgx_2030-07  0.0
 UP BND  x_h100-hgx_2031-01  784.0
 LO BND  x_h100-hgx_2031-01  0.0
 UP BND  x_h100-hgx_2031-07  784.0
 LO BND  x_h100-hgx_2031-07  0.0
 UP BND  x_h200-hgx_2026-10  574.0
 LO BND  x_h200-hgx_2026-10  0.0
 UP BND  x_h200-hgx_2027-01  590.0
 LO BND  x_h200-hgx_2027-01  0.0
 UP BND  x_h200-hgx_2027-07  622.0
 LO BND  x_h200-hgx_2027-07  0.0
 UP BND  x_h200-hgx_2028-01  656.0
 LO BND  x_h200-hgx_2028-01  0.0
 UP BND  x_h200-hgx_2028-07  691.0
 LO BND  x_h200-hgx_2028-07  0.0
 UP BND  x_h200-hgx_2029-01  728.0
 LO BND  x_h200-hgx_2029-01  0.0
 UP BND  x_h200-hgx_2029-07  766.0
 LO BND  x_h200-hgx_2029-07  0.0
 UP BND  x_h200-hgx_2030-01  784.0
 LO BND  x_h200-hgx_2030-01  0.0
 UP BND  x_h200-hgx_2030-07  784.0
 LO BND  x_h200-hgx_2030-07  0.0
 UP BND  x_h200-hgx_2031-01  784.0
 LO BND  x_h200-hgx_2031-01  0.0
 UP BND  x_h200-hgx_2031-07  784.0
 LO BND  x_h200-hgx_2031-07  0.0
 UP BND  x_b200-hgx_2026-11  474.0
 LO BND  x_b200-hgx_2026-11  0.0
 UP BND  x_b200-hgx_2027-01  483.0
 LO BND  x_b200-hgx_2027-01  0.0
 UP BND  x_b200-hgx_2027-07  508.0
 LO BND  x_b200-hgx_2027-07  0.0
 UP BND  x_b200-hgx_2028-01  535.0
 LO BND  x_b200-hgx_2028-01  0.0
 UP BND  x_b200-hgx_2028-07  559.0
 LO BND  x_b200-hgx_2028-07  0.0
 UP BND  x_b200-hgx_2029-01  559.0
 LO BND  x_b200-hgx_2029-01  0.0
 UP BND  x_b200-hgx_2029-07  559.0
 LO BND  x_b200-hgx_2029-07  0.0
 UP BND  x_b200-hgx_2030-01  559.0
 LO BND  x_b200-hgx_2030-01  0.0
 UP BND  x_b200-hgx_2030-07  559.0
 LO BND  x_b200-hgx_2030-07  0.0
 UP BND  x_b200-hgx_2031-01  559.0
 LO BND  x_b200-hgx_2031-01  0.0
 UP BND  x_b200-hgx_2031-07  559.0
 LO BND  x_b200-hgx_2031-07  0.0
 UP BND  x_mi300x-8_2026-11  888.0
 LO BND  x_mi300x-8_2026-11  0.0
 UP BND  x_mi300x-8_2027-01  888.0
 LO BND  x_mi300x-8_2027-01  0.0
 UP BND  x_mi300x-8_2027-07  888.0
 LO BND  x_mi300x-8_2027-07  0.0
 UP BND  x_mi300x-8_2028-01  888.0
 LO BND  x_mi300x-8_2028-01  0.0
 UP BND  x_mi300x-8_2028-07  888.0
 LO BND  x_mi300x-8_2028-07  0.0
 UP BND  x_mi300x-8_2029-01  888.0
 LO BND  x_mi300x-8_2029-01  0.0
 UP BND  x_mi300x-8_2029-07  888.0
 LO BND  x_mi300x-8_2029-07  0.0
 UP BND  x_mi300x-8_2030-01  888.0
 LO BND  x_mi300x-8_2030-01  0.0
 UP BND  x_mi300x-8_2030-07  888.0
 LO BND  x_mi300x-8_2030-07  0.0
 UP BND  x_mi300x-8_2031-01  888.0
 LO BND  x_mi300x-8_2031-01  0.0
 UP BND  x_mi300x-8_2031-07  888.0
 LO BND  x_mi300x-8_2031-07  0.0
 UP BND  x_mi325x-8_2026-11  727.0
 LO BND  x_mi325x-8_2026-11  0.0
 UP BND  x_mi325x-8_2027-01  727.0
 LO BND  x_mi325x-8_2027-01  0.0
 UP BND  x_mi325x-8_2027-07  727.0
 LO BND  x_mi325x-8_2027-07  0.0
 UP BND  x_mi325x-8_2028-01  727.0
 LO BND  x_mi325x-8_2028-01  0.0
 UP BND  x_mi325x-8_2028-07  727.0
 LO BND  x_mi325x-8_2028-07  0.0
 UP BND  x_mi325x-8_2029-01  727.0
 LO BND  x_mi325x-8_2029-01  0.0
 UP BND  x_mi325x-8_2029-07  727.0
 LO BND  x_mi325x-8_2029-07  0.0
 UP BND  x_mi325x-8_2030-01  727.0
 LO BND  x_mi325x-8_2030-01  0.0
 UP BND  x_mi325x-8_2030-07  727.0
 LO BND  x_mi325x-8_2030-07  0.0
 UP BND  x_mi325x-8_2031-01  727.0
 LO BND  x_mi325x-8_2031-01  0.0
 UP BND  x_mi325x-8_2031-07  727.0
 LO BND  x_mi325x-8_2031-07  0.0
 UP BND  d_t3_2027-03  37848.6328989776
 UP BND  d_t3_2027-04  36627.7092570751
 UP BND  d_t3_2027-05  37848.6328989776
 UP BND  d_t3_2027-06  36627.7092570751
 UP BND  d_t3_2027-07  37848.6328989776
 UP BND  d_t3_2027-08  37848.6328989776
 UP BND  d_t3_2027-09  36627.7092570751
 UP BND  d_t3_2027-10  37848.6328989776
 UP BND  d_t3_2027-11  36627.7092570751
 UP BND  d_t3_2027-12  37848.6328989776
 UP BND  d_t3_2028-01  37848.6328989776
 UP BND  d_t3_2028-02  35406.785615172594
 UP BND  d_t3_2028-03  37848.6328989776
 UP BND  d_t3_2028-04  36627.7092570751
 UP BND  d_t3_2028-05  37848.6328989776
 UP BND  d_t3_2028-06  36627.7092570751
 UP BND  d_t3_2028-07  37848.6328989776
 UP BND  d_t3_2028-08  37848.6328989776
 UP BND  d_t3_2028-09  36627.7092570751
 UP BND  d_t3_2028-10  37848.6328989776
 UP BND  d_t3_2028-11  36627.7092570751
 UP BND  d_t3_2028-12  37848.6328989776
 UP BND  d_t3_2029-01  37848.6328989776
 UP BND  d_t3_2029-02  34185.86197327009
 UP BND  d_t3_2029-03  37848.6328989776
 UP BND  d_t3_2029-04  36627.7092570751
 UP BND  d_t3_2029-05  37848.6328989776
 UP BND  d_t3_2029-06  36627.7092570751
 UP BND  d_t3_2029-07  37848.6328989776
 UP BND  d_t3_2029-08  37848.6328989776
 UP BND  d_t3_2029-09  36627.7092570751
 UP BND  d_t3_2029-10  37848.6328989776
 UP BND  d_t3_2029-11  36627.7092570751
 UP BND  d_t3_2029-12  37848.6328989776
 UP BND  d_t3_2030-01  37848.6328989776
 UP BND  d_t3_2030-02  34185.86197327009
 UP BND  d_t3_2030-03  37848.6328989776
 UP BND  d_t3_2030-04  36627.7092570751
 UP BND  d_t3_2030-05  37848.6328989776
 UP BND  d_t3_2030-06  36627.7092570751
 UP BND  d_t3_2030-07  37848.6328989776
 UP BND  d_t3_2030-08  37848.6328989776
 UP BND  d_t3_2030-09  36627.7092570751
 UP BND  d_t3_2030-10  37848.6328989776
 UP BND  d_t3_2030-11  36627.7092570751
 UP BND  d_t3_2030-12  37848.6328989776
 UP BND  d_t3_2031-01  37848.6328989776
 UP BND  d_t3_2031-02  34185.86197327009
 UP BND  d_t3_2031-03  37848.6328989776
 UP BND  d_t3_2031-04  36627.7092570751
 UP BND  d_t3_2031-05  37848.6328989776
 UP BND  d_t3_2031-06  36627.7092570751
 UP BND  d_t3_2031-07  37848.6328989776
 UP BND  d_t3_2031-08  37848.6328989776
 UP BND  d_t3_2031-09  36627.7092570751
 UP BND  d_t3_2031-10  37848.6328989776
 UP BND  d_t3_2031-11  36627.7092570751
 UP BND  d_t3_2031-12  37848.6328989776
ENDATA
