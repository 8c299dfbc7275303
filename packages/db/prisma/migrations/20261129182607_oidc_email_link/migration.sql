-- CreateTable
CREATE TABLE "SignInEmailLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "flowId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInEmailLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignInEmailLink_tokenHash_key" ON "SignInEmailLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SignInEmailLink_flowId_idx" ON "SignInEmailLink"("flowId");

-- CreateIndex
CREATE INDEX "SignInEmailLink_expiresAt_idx" ON "SignInEmailLink"("expiresAt");

-- AddForeignKey
ALTER TABLE "SignInEmailLink" ADD CONSTRAINT "SignInEmailLink_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "SignInFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;
