/**
 * Operations: what the people running CareMarket need from the running server.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R6.1 An ADMIN takes an online backup of the embedded Derby database with
 *       {@code POST /api/operations/backups}: the server keeps running and answering, the backup is a
 *       consistent copy in a folder of its own under {@code backup.dir} (BACKUP_DIR), and the answer
 *       names it. On PostgreSQL the answer is 409: back it up with {@code pg_dump}. Every backup is
 *       audited.</li>
 *   <li>R6.2 An ADMIN reads the answering instance's heap and database kind with
 *       {@code GET /api/operations/process}; the public health checks show status only.</li>
 * </ul>
 */
package org.caremarket.operations;
