-- Sales, tickets, revenue and commission per calendar month, on the Athena master tables (run in the pipeline's Glue database).
SELECT DATE_TRUNC('month', s.saletime) AS month, COUNT(*) AS sales, SUM(s.qtysold) AS tickets_sold,
       SUM(s.pricepaid) AS revenue, SUM(s.commission) AS commission
FROM sales s
GROUP BY DATE_TRUNC('month', s.saletime)
ORDER BY month
