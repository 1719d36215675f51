/** ansinh: pays social-welfare benefits into verified bank accounts and proves where every đồng went. */
package vn.ansinh;
